using CdsMigrate.Core.Batch;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Batch;

/// <summary>
/// A folder's files keep the paths the user's spelling of the folder gives (issue 11 computes them without asking for
/// the working folder per file): with "." or ".." in it, with a trailing separator, as typed.
/// </summary>
public sealed class InputDiscoveryPathTests
{
    [Theory]
    [InlineData("/posts/in")]
    [InlineData("/posts/in/")]
    [InlineData("/./posts/in")]
    [InlineData("/posts/../posts/in")]
    [InlineData("/posts//in")]
    public void Every_spelling_of_a_folder_gives_the_same_files_names_and_outputs(string below)
    {
        using var root = new TempFolder();
        root.Write("posts/in/en/b-post.md", "---\ntitle: B\n---\n<p>B.</p>\n");
        root.Write("posts/in/a post.md", "---\ntitle: A\n---\n<p>A.</p>\n");
        root.Write("posts/in/fr/c.html", "<p>C.</p>\n");
        root.Write("posts/in/notes.txt", "not a post\n");

        string spelling = root.Path + below;
        var files = InputDiscovery.Expand([spelling], [], null, out _);

        Assert.Equal(["a post.md", "en/b-post.md", "fr/c.md"], files.Select(f => f.RelativeOutputPath));
        Assert.Equal([.. new[] { "a post.md", "en/b-post.md", "fr/c.html" }.Select(r => Path.Combine(spelling, r).Replace('\\', '/'))], files.Select(f => f.DisplayPath));
        Assert.All(files, f => Assert.True(File.Exists(f.Path)));
    }

    [Fact]
    public void An_output_folder_inside_the_input_folder_is_left_out_whatever_the_spelling()
    {
        using var root = new TempFolder();
        root.Write("in/post.md", "---\ntitle: P\n---\n<p>P.</p>\n");
        root.Write("in/out/post.md", "converted before\n");

        var files = InputDiscovery.Expand([root.Path + "/./in/"], [], root.Path + "/in/../in/out", out _);

        Assert.Equal(["post.md"], files.Select(f => f.RelativeOutputPath));
    }

    [Theory]
    [InlineData("in", "in/a/b.md", "a/b.md")]
    [InlineData("in/", "in/a/b.md", "a/b.md")]
    [InlineData(".", "./a.md", "a.md")]
    [InlineData("/tmp/x/../in", "/tmp/x/../in/a.md", "a.md")]
    public void A_path_below_its_folder_is_what_GetRelativePath_gives(string folder, string file, string expected)
    {
        Assert.Equal(expected, InputDiscovery.BelowFolder(folder, file));
        Assert.Equal(Path.GetRelativePath(folder, file).Replace('\\', '/'), InputDiscovery.BelowFolder(folder, file));
    }
}
