using System.Text;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Gives every document of a run its own output path: a path already taken gets <c>-2</c>, <c>-3</c>… Paths
/// are compared the way case-insensitive, normalising file systems (Windows, macOS) compare them, so two
/// outputs never land in one file anywhere. A page bundle (<c>slug/index.md</c>) is numbered on its folder.
/// Not thread-safe: the runner calls it in document order, which keeps the numbering deterministic.
/// </summary>
internal sealed class OutputPathAllocator
{
    // The paths themselves are kept, compared through PathKeyComparer, rather than a folded copy of each: they are
    // the strings the plan and the reports hold already, and a 108,000-item export kept 13 MB of copies (issue 11).
    private readonly HashSet<string> _taken = new(PathKeyComparer.Instance);
    private readonly Dictionary<string, int> _nextSuffix = new(PathKeyComparer.Instance);

    /// <summary>Reserves <paramref name="path"/> or, when taken, the first free numbered variant; returns the one reserved.</summary>
    public string Allocate(string path)
    {
        if (_taken.Add(path))
        {
            return path;
        }

        int n = _nextSuffix.TryGetValue(path, out var next) ? next : 2;
        while (true)
        {
            string candidate = WithSuffix(path, n);
            n++;
            if (_taken.Add(candidate))
            {
                _nextSuffix[path] = n;
                return candidate;
            }
        }
    }

    /// <summary>True when <paramref name="path"/> (compared as <see cref="Allocate"/> compares) is not taken.</summary>
    public bool IsFree(string path) => !_taken.Contains(path);

    /// <summary>
    /// Reserves <paramref name="path"/> as it is, for a name that must not be numbered (a post file's own name,
    /// issue 9); false when it is taken, compared as <see cref="Allocate"/> compares.
    /// </summary>
    public bool TryReserve(string path) => _taken.Add(path);

    /// <summary>
    /// Paths compared as <c>Key(a) == Key(b)</c> with Key = compose, then upper-case: ordinal ignoring case on the
    /// composed forms, which are the paths themselves unless they hold combining marks (no copy in the common case).
    /// </summary>
    private sealed class PathKeyComparer : IEqualityComparer<string>
    {
        public static readonly PathKeyComparer Instance = new();

        public bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && StringComparer.OrdinalIgnoreCase.Equals(Fold(x), Fold(y)));

        public int GetHashCode(string path) => StringComparer.OrdinalIgnoreCase.GetHashCode(Fold(path));

        // Normalize is a no-op under the CLI's InvariantGlobalization: there a composed and a decomposed "é" are two keys.
        // Site.UnicodeComposition composes the accented letters that Normalize would (issue 12: NFC and NFD slugs).
        private static string Fold(string path) => Site.UnicodeComposition.Compose(path.Normalize(NormalizationForm.FormC));
    }

    /// <summary><c>a/b.md</c> → <c>a/b-2.md</c>; <c>a/b/index.md</c> → <c>a/b-2/index.md</c>.</summary>
    public static string WithSuffix(string path, int n)
    {
        int slash = path.LastIndexOf('/');
        string dir = slash < 0 ? "" : path[..slash];
        string file = slash < 0 ? path : path[(slash + 1)..];
        string ext = Path.GetExtension(file);
        string stem = file[..^ext.Length];
        if (stem is "index" or "_index" && dir.Length > 0)
        {
            return dir + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + file;
        }

        return (dir.Length > 0 ? dir + "/" : "") + stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ext;
    }
}
