namespace CdsMigrate.Core.Conversion;

/// <summary>The anchor ids CommonMark output uses for footnotes (it has no footnote syntax).</summary>
internal static class FootnoteIds
{
    public static string Note(int number) => "fn-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
