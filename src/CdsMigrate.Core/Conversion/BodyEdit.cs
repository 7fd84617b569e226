namespace CdsMigrate.Core.Conversion;

/// <summary>Replaces the body text from <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive) with <paramref name="Text"/>.</summary>
internal readonly record struct BodyEdit(int Start, int End, string Text);
