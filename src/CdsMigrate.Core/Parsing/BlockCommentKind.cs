namespace CdsMigrate.Core.Parsing;

/// <summary>The three shapes of a block delimiter.</summary>
internal enum BlockCommentKind
{
    Opener,
    Closer,
    Void,
}
