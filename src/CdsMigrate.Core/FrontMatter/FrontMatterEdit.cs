namespace CdsMigrate.Core.FrontMatter;

/// <summary>
/// One fix to the front matter's source text: <paramref name="Length"/> characters at <paramref name="Offset"/>
/// (in the YAML between the delimiters) become <paramref name="Replacement"/>. <paramref name="Line"/> and
/// <paramref name="Column"/> (1-based, in the YAML), <paramref name="EmptyItem"/> (an empty list item removed,
/// rather than HTML entities decoded) and <paramref name="Reason"/> make its diagnostic.
/// </summary>
internal sealed record FrontMatterEdit(int Offset, int Length, string Replacement, int Line, int Column, string Reason, bool EmptyItem = false);
