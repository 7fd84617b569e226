using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// The classes of an element, read in place from its <c>class</c> attribute. Rules ask about classes of every block
/// they see; AngleSharp's <see cref="IElement.ClassList"/> builds a token list (the split strings, a list, a change
/// handler) for each element the first time and a boxed enumerator on every loop: 1.1% of a verified run's bytes
/// in <see cref="BlockNaming.HasBlockClass"/> alone (issue 11, point 3). Tokens are split on the HTML space
/// characters, as the token list splits them; duplicates are not removed, which no yes/no question or first-match
/// search can tell apart.
/// </summary>
internal ref struct ClassTokens
{
    private readonly ReadOnlySpan<char> _classes;
    private int _next;

    private ClassTokens(ReadOnlySpan<char> classes)
    {
        _classes = classes;
        _next = 0;
        Current = default;
    }

    /// <summary>The class being visited.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>The classes of <paramref name="element"/>, in document order.</summary>
    public static ClassTokens Of(IElement element) => new(element.GetHtmlAttribute("class"));

    /// <summary>True when <paramref name="element"/> has the class <paramref name="name"/> (what <c>ClassList.Contains</c> says).</summary>
    public static bool Has(IElement element, string name)
    {
        foreach (var cls in Of(element))
        {
            if (cls.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the classes of <paramref name="element"/> starts with <paramref name="prefix"/>.</summary>
    public static bool AnyStartsWith(IElement element, string prefix) => FirstStartingWith(element, prefix) is not null;

    /// <summary>The first class of <paramref name="element"/> that starts with <paramref name="prefix"/>, or null.</summary>
    public static string? FirstStartingWith(IElement element, string prefix)
    {
        foreach (var cls in Of(element))
        {
            if (cls.StartsWith(prefix, StringComparison.Ordinal))
            {
                return cls.ToString();
            }
        }

        return null;
    }

    /// <summary>True when one of the classes of <paramref name="element"/> ends with <paramref name="suffix"/>.</summary>
    public static bool AnyEndsWith(IElement element, string suffix)
    {
        foreach (var cls in Of(element))
        {
            if (cls.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public readonly ClassTokens GetEnumerator() => this;

    public bool MoveNext()
    {
        var rest = _classes[_next..];
        int start = rest.IndexOfAnyExcept(HtmlSpaces);
        if (start < 0)
        {
            _next = _classes.Length;
            return false;
        }

        rest = rest[start..];
        int length = rest.IndexOfAny(HtmlSpaces);
        if (length < 0)
        {
            length = rest.Length;
        }

        Current = rest[..length];
        _next += start + length;
        return true;
    }

    // The space characters of the HTML standard, which separate tokens in a class attribute.
    private static readonly System.Buffers.SearchValues<char> HtmlSpaces = System.Buffers.SearchValues.Create(" \t\n\f\r");
}
