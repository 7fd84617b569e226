namespace CdsMigrate.Core.Sources;

/// <summary>What an input file holds, told from its content.</summary>
internal enum InputKind
{
    /// <summary>A post file: optional front matter, then HTML.</summary>
    PostFile,

    /// <summary>XML: a WXR export (or XML to refuse).</summary>
    Xml,

    /// <summary>JSON: a saved REST API response.</summary>
    Json,
}
