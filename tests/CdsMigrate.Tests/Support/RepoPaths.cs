namespace CdsMigrate.Tests.Support;

/// <summary>Finds the repository (the folder holding CdsMigrate.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> from the repository root; may not exist.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string GoldenCases => Path.Combine(Root, "tests", "CdsMigrate.Tests", "Golden", "Cases");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CdsMigrate.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CdsMigrate.sln not found above " + AppContext.BaseDirectory);
    }
}
