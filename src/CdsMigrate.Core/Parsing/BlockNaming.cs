using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Names a rendered block the way WordPress does: <c>wp-block-quote</c> is <c>core/quote</c>,
/// <c>wp-block-cds-snc-accordion</c> is <c>cds-snc/accordion</c>; a plain element is its tag name.
/// </summary>
internal static class BlockNaming
{
    // Block namespaces seen in rendered class names, longest first; anything else is core.
    private static readonly string[] Namespaces = ["cds-snc-", "cds-"];

    public static string NameOf(IElement element)
    {
        // The block comment, when the source has one, is the authority (BlockCommentAnnotator).
        if (element.GetHtmlAttribute(BlockCommentAnnotator.NameAttribute) is { Length: > 0 } commented)
        {
            return commented;
        }

        foreach (var cls in ClassTokens.Of(element))
        {
            if (!cls.StartsWith("wp-block-", StringComparison.Ordinal) || cls.Contains("-is-layout-", StringComparison.Ordinal) || cls.Contains("__", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = cls["wp-block-".Length..];
            foreach (var ns in Namespaces)
            {
                if (rest.StartsWith(ns, StringComparison.Ordinal) && rest.Length > ns.Length)
                {
                    return string.Concat(ns.AsSpan(0, ns.Length - 1), "/", rest[ns.Length..]);
                }
            }

            return string.Concat("core/", rest);
        }

        return element.LocalName;
    }

    /// <summary>The block's attributes JSON from its comment, or null.</summary>
    public static string? AttributesOf(IElement element) => element.GetHtmlAttribute(BlockCommentAnnotator.AttributesAttribute);

    /// <summary>True when the block comment names the element <paramref name="blockName"/> (e.g. <c>core/html</c>).</summary>
    public static bool IsCommented(IElement element, string blockName) =>
        element.GetHtmlAttribute(BlockCommentAnnotator.NameAttribute) == blockName;

    /// <summary>The placeholder kind (<see cref="BlockCommentAnnotator.Dynamic"/>…) of a placeholder element, or null.</summary>
    public static string? PlaceholderOf(IElement element) => element.GetHtmlAttribute(BlockCommentAnnotator.PlaceholderAttribute);

    /// <summary>True when the element carries the class <c>wp-block-{name}</c>.</summary>
    public static bool HasBlockClass(IElement element, string name)
    {
        // Rules ask this of every block they see: compare each class in place rather than build
        // "wp-block-" + name for every question, and read the attribute rather than AngleSharp's token list.
        const string prefix = "wp-block-";
        // Most blocks asked have no such class: one vectorised search of the attribute says so without splitting it
        // (every rule asks this of every block, issue 11 point 3).
        if (element.GetHtmlAttribute("class") is not { } classes || !classes.Contains(name, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var cls in ClassTokens.Of(element))
        {
            if (cls.Length == prefix.Length + name.Length && cls.StartsWith(prefix, StringComparison.Ordinal) && cls.EndsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
