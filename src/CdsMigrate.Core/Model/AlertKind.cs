namespace CdsMigrate.Core.Model;

/// <summary>The kinds of GFM alert (<c>&gt; [!NOTE]</c>) an <see cref="MdAlert"/> can be.</summary>
public enum AlertKind
{
    /// <summary><c>[!NOTE]</c>: information the reader should notice (a CDS info alert).</summary>
    Note,

    /// <summary><c>[!TIP]</c>: advice (a CDS success alert).</summary>
    Tip,

    /// <summary><c>[!IMPORTANT]</c>: what the reader needs to know to succeed.</summary>
    Important,

    /// <summary><c>[!WARNING]</c>: needs the reader's attention now (a CDS warning alert).</summary>
    Warning,

    /// <summary><c>[!CAUTION]</c>: risks and negative outcomes (a CDS danger alert).</summary>
    Caution,
}
