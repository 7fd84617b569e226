using AngleSharp.Dom;

namespace CdsMigrate.Core.Verification;

/// <summary>One comparable thing (a word, a heading, a link target…) and the element it came from.</summary>
internal readonly record struct FingerprintItem(string Text, IElement? Where);
