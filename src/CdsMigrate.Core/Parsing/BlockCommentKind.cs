namespace CdsMigrate.Core.Parsing;

/// <summary>The three shapes of a block delimiter.</summary>
public enum BlockCommentKind
{
    Opener,
    Closer,
    Void,
}
