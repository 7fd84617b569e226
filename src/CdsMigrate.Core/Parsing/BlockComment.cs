namespace CdsMigrate.Core.Parsing;

/// <summary>
/// One Gutenberg block delimiter parsed from an HTML comment: <c>wp:name {attrs}</c> (opener),
/// <c>/wp:name</c> (closer) or <c>wp:name {attrs} /</c> (void block). <see cref="Problem"/> says what was
/// wrong with an otherwise usable delimiter (attributes that are not JSON, or too large to keep).
/// </summary>
internal sealed record BlockComment(BlockCommentKind Kind, string Name, string? AttributesJson, string? Problem);
