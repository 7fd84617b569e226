using System.Text;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Cli;

/// <summary>
/// Standard input (<c>-</c>), told by its content like a file (issue 9, point 6): a post file, or a WXR or REST
/// JSON export, which is never converted as a post body. An export is streamed by readers that take a path, so
/// it is saved to a private temporary file that is deleted when this is disposed.
/// </summary>
internal sealed class StandardInput : IDisposable
{
    /// <summary>The name diagnostics and reports show for standard input.</summary>
    public const string DisplayPath = "<stdin>";

    private string? _folder;

    private StandardInput(string text, InputKind kind)
    {
        Text = text;
        Kind = kind;
    }

    /// <summary>Everything that was on standard input.</summary>
    public string Text { get; }

    /// <summary>What the content is, as <see cref="InputSniffer"/> tells files apart.</summary>
    public InputKind Kind { get; }

    /// <summary>True for a WXR or REST JSON export, which can hold many documents.</summary>
    public bool IsExport => Kind is InputKind.Xml or InputKind.Json;

    /// <summary>What an export on standard input is called in messages.</summary>
    public string KindName => Kind == InputKind.Xml ? "XML (read as a WordPress WXR export)" : "JSON (read as WordPress REST API JSON)";

    /// <summary>Reads all of <paramref name="stdin"/> and tells what it holds from its first bytes.</summary>
    public static StandardInput Read(TextReader stdin)
    {
        string text = stdin.ReadToEnd();
        byte[] head = Encoding.UTF8.GetBytes(text.Length > 512 ? text[..512] : text);
        return new StandardInput(text, InputSniffer.Detect(head));
    }

    /// <summary>The export saved to a private temporary file, as an input shown as <c>&lt;stdin&gt;</c>.</summary>
    public InputFile SaveExport()
    {
        _folder ??= Directory.CreateTempSubdirectory("cdsmigrate-stdin-").FullName;
        string path = Path.Combine(_folder, Kind == InputKind.Xml ? "stdin.xml" : "stdin.json");
        File.WriteAllText(path, Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new InputFile(path, DisplayPath, "stdin.md");
    }

    public void Dispose()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
