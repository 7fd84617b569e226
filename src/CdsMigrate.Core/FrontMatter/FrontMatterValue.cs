namespace CdsMigrate.Core.FrontMatter;

/// <summary>A front matter value: a scalar, a sequence or a mapping.</summary>
internal abstract record FrontMatterValue;

/// <summary>
/// A scalar. <paramref name="IsString"/> false means a plain YAML scalar that a parser may read as a
/// number, boolean, null or date (<c>date: 2025-07-22</c>, <c>draft: true</c>): it is written back
/// exactly as it came. Strings are written quoted only where YAML would otherwise misread them.
/// </summary>
internal sealed record FrontMatterScalar(string Value, bool IsString = true) : FrontMatterValue
{
    public static FrontMatterScalar String(string value) => new(value);

    public static FrontMatterScalar Bool(bool value) => new(value ? "true" : "false", IsString: false);

    public static FrontMatterScalar Int(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), IsString: false);
}

/// <summary>A sequence (written in flow style, <c>["a", "b"]</c>, when all items are scalars).</summary>
internal sealed record FrontMatterSequence(IReadOnlyList<FrontMatterValue> Items) : FrontMatterValue;

/// <summary>A mapping whose keys keep their order.</summary>
internal sealed record FrontMatterMapping(IReadOnlyList<KeyValuePair<string, FrontMatterValue>> Entries) : FrontMatterValue
{
    public FrontMatterValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;
}
