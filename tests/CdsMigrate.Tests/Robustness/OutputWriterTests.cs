using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Batch;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Robustness;

/// <summary>Safe writes (issue 6): atomic, never over a different file without force, unchanged files untouched, confined.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_new_file_is_created_and_no_temporary_file_remains()
    {
        var outcome = new OutputWriter(Out).Write("en/post.md", "# Title\n");
        Assert.Equal(WriteAction.Created, outcome.Action);
        Assert.Equal("# Title\n", File.ReadAllText(Path.Combine(Out, "en", "post.md")));
        Assert.Equal(["en/post.md"], _temp.Files(Out));
    }

    [Fact]
    public void A_staged_file_has_no_final_name_until_its_group_is_flushed()
    {
        var writer = new OutputWriter(Out);
        var first = writer.Stage("en/one.md", "one\n");
        var second = writer.Stage("two.md", "two\n");

        // Only hidden temporary files until the flush (issue 11: one sync per group instead of one fsync per file).
        Assert.Equal(WriteAction.Created, first.Action);
        Assert.Equal(2, writer.StagedCount);
        Assert.False(File.Exists(first.FullPath));
        Assert.All(_temp.Files(Out), f => Assert.Matches(@"\.cdsmigrate-[0-9a-f]{8}\.tmp$", f));

        Assert.Empty(writer.Flush());
        Assert.Equal(0, writer.StagedCount);
        Assert.Equal("one\n", File.ReadAllText(first.FullPath));
        Assert.Equal("two\n", File.ReadAllText(second.FullPath));
        Assert.Equal(["en/one.md", "two.md"], _temp.Files(Out).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_staged_file_that_cannot_take_its_name_is_reported_by_the_flush_and_its_temporary_file_removed()
    {
        var writer = new OutputWriter(Out);
        var staged = writer.Stage("post.md", "x\n");
        Directory.CreateDirectory(staged.FullPath);
        File.WriteAllText(Path.Combine(staged.FullPath, "inside.md"), "y\n");

        var failure = Assert.Single(writer.Flush());

        Assert.Equal(staged.FullPath, failure.FullPath);
        Assert.Equal(["post.md/inside.md"], _temp.Files(Out));
    }

    [Fact]
    public void An_unchanged_file_is_not_touched_and_keeps_its_timestamp()
    {
        new OutputWriter(Out).Write("post.md", "same\n");
        string path = Path.Combine(Out, "post.md");
        var old = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        var outcome = new OutputWriter(Out).Write("post.md", "same\n");

        Assert.Equal(WriteAction.Unchanged, outcome.Action);
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_different_existing_file_is_kept_without_force_and_replaced_with_it()
    {
        string path = Path.Combine(Out, "post.md");
        Directory.CreateDirectory(Out);
        File.WriteAllText(path, "edited by hand\n");

        var kept = new OutputWriter(Out).Write("post.md", "converted\n");
        Assert.Equal(WriteAction.KeptExisting, kept.Action);
        Assert.Equal("edited by hand\n", File.ReadAllText(path));

        var replaced = new OutputWriter(Out, force: true).Write("post.md", "converted\n");
        Assert.Equal(WriteAction.Replaced, replaced.Action);
        Assert.Equal("converted\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_dry_run_decides_everything_and_writes_nothing()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "same.md"), "same\n");
        File.WriteAllText(Path.Combine(Out, "edited.md"), "edited\n");
        var writer = new OutputWriter(Out, dryRun: true);

        Assert.Equal(WriteAction.Created, writer.Write("new/post.md", "x\n").Action);
        Assert.Equal(WriteAction.Unchanged, writer.Write("same.md", "same\n").Action);
        Assert.Equal(WriteAction.KeptExisting, writer.Write("edited.md", "converted\n").Action);

        Assert.Equal(["edited.md", "same.md"], _temp.Files(Out));
        Assert.False(Directory.Exists(Path.Combine(Out, "new")));
        Assert.Equal("edited\n", File.ReadAllText(Path.Combine(Out, "edited.md")));
    }

    [Fact]
    public void Temporary_files_of_a_killed_run_are_removed_by_the_next_run_and_nothing_else()
    {
        Directory.CreateDirectory(Path.Combine(Out, "en"));
        string stale = Path.Combine(Out, "en", ".post.md.cdsmigrate-0123abcd.tmp");
        File.WriteAllText(stale, "half a po");
        File.WriteAllText(Path.Combine(Out, "en", "notes.tmp"), "the user's own file");

        int removed = new OutputWriter(Out).RemoveStaleTemporaryFiles();

        Assert.Equal(1, removed);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(Out, "en", "notes.tmp")));
    }

    [Fact]
    public void Two_documents_cannot_write_the_same_path_in_one_run()
    {
        var writer = new OutputWriter(Out);
        writer.Write("post.md", "first\n");
        Assert.Throws<OutputCollisionException>(() => writer.Write("../post.md", "second\n"));
        Assert.Throws<OutputCollisionException>(() => writer.Write("./post.md", "third\n"));
        if (!OperatingSystem.IsLinux())
        {
            // One file on case-insensitive file systems.
            Assert.Throws<OutputCollisionException>(() => writer.Write("POST.md", "fourth\n"));
        }

        Assert.Equal("first\n", File.ReadAllText(Path.Combine(Out, "post.md")));
    }

    [Theory]
    [InlineData("../../escape.md")]
    [InlineData("/tmp/escape.md")]
    [InlineData("C:\\escape.md")]
    [InlineData("\uFF0E\uFF0E/\uFF0E\uFF0E/escape.md")]
    [InlineData("..\\..\\escape.md")]
    [InlineData("a/../../../escape.md")]
    [InlineData("CON")]
    [InlineData("x\0/../../escape.md")]
    public void Hostile_paths_only_ever_write_inside_the_output_folder(string hostile)
    {
        var outcome = new OutputWriter(Out).Write(hostile, "x\n");
        Assert.StartsWith(Path.GetFullPath(Out) + Path.DirectorySeparatorChar, outcome.FullPath, StringComparison.Ordinal);
        Assert.NotEmpty(outcome.PathChanges);

        // Nothing at all outside out/ (the temp folder holds only out/).
        Assert.All(_temp.Files(), f => Assert.StartsWith("out/", f, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_symbolic_link_inside_the_output_folder_is_not_followed_out_of_it()
    {
        Skips.If(OperatingSystem.IsWindows(), "creating symbolic links needs privileges on Windows");
        string outside = _temp.Combine("outside");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, "en"), outside);
        File.CreateSymbolicLink(Path.Combine(Out, "file.md"), Path.Combine(outside, "target.md"));

        var writer = new OutputWriter(Out);
        Assert.Throws<UnsafePathException>(() => writer.Write("en/post.md", "x\n"));
        Assert.Throws<UnsafePathException>(() => writer.Write("file.md", "x\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [SkippableFact]
    public void A_link_or_a_folder_in_place_of_the_output_file_is_never_written_through()
    {
        // Issue 11: a path that names nothing is settled by one lstat; anything found there takes the full checks.
        Skips.If(OperatingSystem.IsWindows(), "creating symbolic links needs privileges on Windows");
        string outside = _temp.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "target.md"), "kept\n");
        Directory.CreateDirectory(Path.Combine(Out, "folder.md"));
        File.CreateSymbolicLink(Path.Combine(Out, "file.md"), Path.Combine(outside, "target.md"));

        var writer = new OutputWriter(Out, force: true);

        Assert.Throws<UnsafePathException>(() => writer.Write("file.md", "x\n"));
        Assert.Throws<IOException>(() => writer.Write("folder.md", "x\n"));
        Assert.Equal("kept\n", File.ReadAllText(Path.Combine(outside, "target.md")));
        Assert.Equal(WriteAction.Created, writer.Write("new/one.md", "1\n").Action);
        Assert.Equal(WriteAction.Created, writer.Write("new/two.md", "2\n").Action);
        Assert.Equal(["new/one.md", "new/two.md"], _temp.Files(Out));
        Assert.NotNull(new FileInfo(Path.Combine(Out, "file.md")).LinkTarget);
    }

    [SkippableFact]
    public void A_symbolic_link_that_stays_inside_the_output_folder_is_allowed()
    {
        Skips.If(OperatingSystem.IsWindows(), "creating symbolic links needs privileges on Windows");
        Directory.CreateDirectory(Path.Combine(Out, "real"));
        Directory.CreateSymbolicLink(Path.Combine(Out, "alias"), Path.Combine(Out, "real"));

        var outcome = new OutputWriter(Out).Write("alias/post.md", "x\n");

        Assert.Equal(WriteAction.Created, outcome.Action);
        Assert.True(File.Exists(Path.Combine(Out, "real", "post.md")));
    }

    [SkippableFact]
    public void An_output_folder_that_is_itself_a_link_is_the_users_choice()
    {
        Skips.If(OperatingSystem.IsWindows(), "creating symbolic links needs privileges on Windows");
        string real = _temp.Combine("real-out");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(Out, real);

        new OutputWriter(Out).Write("post.md", "x\n");

        Assert.True(File.Exists(Path.Combine(real, "post.md")));
    }
}
