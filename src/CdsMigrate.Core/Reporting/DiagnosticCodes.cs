namespace CdsMigrate.Core.Reporting;

/// <summary>
/// Every diagnostic code the tool emits. docs/diagnostics.md (<see cref="DiagnosticsDocument"/>) and the SARIF
/// rules are generated from this list; codes are stable once released: add new ones, never renumber.
/// CDS1xxx conversion, CDS2xxx input, CDS3xxx output, CDS5xxx checking and reporting, CDS6xxx hostile or
/// broken input, CDS7xxx the run as a whole, CDS9xxx verification.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>CDS1001 (warning): Block kept as raw HTML.</summary>
    public static readonly DiagnosticCode RawHtmlKept = new("CDS1001", Severity.Warning,
        "Block kept as raw HTML",
        "No rule gives this block a faithful Markdown form, so it is kept as HTML (--unknown keep). Edit it by hand or add a rule.");

    /// <summary>CDS1002 (warning): Block dropped.</summary>
    public static readonly DiagnosticCode BlockDropped = new("CDS1002", Severity.Warning,
        "Block dropped",
        "The block has no Markdown form and --unknown drop left it out. Check that nothing needed was lost.");

    /// <summary>CDS1003 (error): Unconvertible block fails the document.</summary>
    public static readonly DiagnosticCode BlockFailed = new("CDS1003", Severity.Error,
        "Unconvertible block fails the document",
        "--unknown fail stops a document at the first block without a Markdown form. Use --unknown keep to keep it as HTML.");

    /// <summary>CDS1101 (info): Inline element unwrapped.</summary>
    public static readonly DiagnosticCode InlineUnwrapped = new("CDS1101", Severity.Info,
        "Inline element unwrapped",
        "An inline element with no Markdown form (span, font…) was removed and its text kept. Formatting it carried (a colour, a style) is lost.");

    /// <summary>CDS1102 (info): Empty link dropped.</summary>
    public static readonly DiagnosticCode EmptyLinkDropped = new("CDS1102", Severity.Info,
        "Empty link dropped",
        "A link with no text and no image is invisible editor residue; it was left out.");

    /// <summary>CDS1103 (info): Inline element kept as HTML.</summary>
    public static readonly DiagnosticCode InlineHtmlKept = new("CDS1103", Severity.Info,
        "Inline element kept as HTML",
        "Markdown has no syntax for the element (sup, sub, mark, kbd, abbr, cite, u…), so it is kept as inline HTML tags around its converted text: the page shows it as before. Said once per element name and document.");

    /// <summary>CDS1104 (warning): Markup nested too deeply.</summary>
    public static readonly DiagnosticCode NestingTooDeep = new("CDS1104", Severity.Warning,
        "Markup nested too deeply",
        "Beyond the nesting limit the remaining markup is flattened to its text. Check the source for broken or generated HTML.");

    /// <summary>CDS1105 (info): Layout or colour not kept.</summary>
    public static readonly DiagnosticCode LayoutLost = new("CDS1105", Severity.Info,
        "Layout or colour not kept",
        "Spacing, columns or a background colour have no Markdown form; the content is kept in reading order. Restyle it in the site if it mattered.");

    /// <summary>CDS1106 (warning): Image without alt text.</summary>
    public static readonly DiagnosticCode EmptyAlt = new("CDS1106", Severity.Warning,
        "Image without alt text",
        "The image has an empty alt attribute. If it carries information, write alt text (an 'Image description' paragraph nearby is a good source).");

    /// <summary>CDS1107 (info): Table kept as HTML with Markdown cells.</summary>
    public static readonly DiagnosticCode TableAsHtml = new("CDS1107", Severity.Info,
        "Table kept as HTML with Markdown cells",
        "The table has no header row, merged cells or blocks in cells (or the flavour has no tables), so it is written as HTML table tags with Markdown inside the cells.");

    // Block rules (issue 3, blocks): CDS1110 and up.
    /// <summary>CDS1110 (warning): Broken block comment.</summary>
    public static readonly DiagnosticCode BlockCommentBroken = new("CDS1110", Severity.Warning,
        "Broken block comment",
        "A Gutenberg block comment is unclosed, closes nothing, or has attributes that are not valid JSON (or too large to keep). The content was converted as far as possible; check the block in the editor.");

    /// <summary>CDS1111 (warning): Dynamic block not converted.</summary>
    public static readonly DiagnosticCode DynamicBlock = new("CDS1111", Severity.Warning,
        "Dynamic block not converted",
        "The block has no saved content: WordPress builds it on each page view (latest posts, a query, comments, a form, a reusable block). Nothing was written for it; recreate it in the site if it is needed.");

    /// <summary>CDS1112 (info): Custom HTML block kept as HTML.</summary>
    public static readonly DiagnosticCode HtmlBlockKept = new("CDS1112", Severity.Info,
        "Custom HTML block kept as HTML",
        "The author wrote this block as HTML, so it is kept as raw HTML. Check that the destination allows raw HTML (Hugo: goldmark unsafe).");

    /// <summary>CDS1113 (warning): Page break dropped.</summary>
    public static readonly DiagnosticCode PageBreakDropped = new("CDS1113", Severity.Warning,
        "Page break dropped",
        "<!--nextpage--> splits a WordPress post into pages; Markdown pages are not split, so the parts follow each other.");

    /// <summary>CDS1114 (info): Video or audio kept as HTML.</summary>
    public static readonly DiagnosticCode MediaKeptAsHtml = new("CDS1114", Severity.Info,
        "Video or audio kept as HTML",
        "Markdown has no video or audio; the player is kept as raw HTML (its caption as text). Check the media URL still works on the destination.");

    /// <summary>CDS1115 (info): Embed written as a link.</summary>
    public static readonly DiagnosticCode EmbedAsLink = new("CDS1115", Severity.Info,
        "Embed written as a link",
        "The embedded player or card (YouTube, Vimeo, X…) is replaced by a link to its URL; its caption follows.");

    /// <summary>CDS1116 (info): Button without a link.</summary>
    public static readonly DiagnosticCode ButtonWithoutLink = new("CDS1116", Severity.Info,
        "Button without a link",
        "The button has no link target, so only its text is kept.");

    /// <summary>CDS1117 (info): Preformatted text kept as HTML.</summary>
    public static readonly DiagnosticCode PreformattedAsHtml = new("CDS1117", Severity.Info,
        "Preformatted text kept as HTML",
        "The preformatted block holds links or formatting that a code block would lose, so it is kept as a <pre> element.");

    /// <summary>CDS1118 (info): Alert written as a quote.</summary>
    public static readonly DiagnosticCode AlertAsQuote = new("CDS1118", Severity.Info,
        "Alert written as a quote",
        "The flavour has no alerts (commonmark; hugo, whose goldmark shows [!NOTE] as text without a blockquote render hook), so the alert is a block quote with a bold title; its type (info, warning…) is lost.");

    /// <summary>CDS1119 (info): Unknown block converted from its HTML.</summary>
    public static readonly DiagnosticCode UnknownBlockConverted = new("CDS1119", Severity.Info,
        "Unknown block converted from its HTML",
        "No rule knows this block by name; its HTML was converted by the plain HTML rules. Check the result.");

    /// <summary>CDS1120 (warning): Block outside its parent block.</summary>
    public static readonly DiagnosticCode BlockOutOfPlace = new("CDS1120", Severity.Warning,
        "Block outside its parent block",
        "An inner block (a column, a button, a list item…) appears where WordPress does not allow it, so the content was probably edited by hand or cut. It was converted as it stands; check the result.");

    // Real-world classic content (issue 10): CDS1200–CDS1249.
    /// <summary>CDS1200 (info): Styling not kept.</summary>
    public static readonly DiagnosticCode StylingLost = new("CDS1200", Severity.Info,
        "Styling not kept",
        "Colours, backgrounds, font sizes, alignment, widths or a layout container's CSS classes have no Markdown form. One diagnostic per element kind and document names what was lost and how many elements carried it, at the first of them; the content is kept. Restyle it in the site if it mattered.");

    /// <summary>CDS1201 (info): Broken nesting read as a browser shows it.</summary>
    public static readonly DiagnosticCode NestingRepaired = new("CDS1201", Severity.Info,
        "Broken nesting read as a browser shows it",
        "The HTML nests elements in a way no Markdown form has (code around a pre or an iframe, a list inside a pre, text directly inside a list, blocks inside a link or a span); it was converted as a browser shows it. Check the result.");

    /// <summary>CDS1202 (info): Word paste residue dropped.</summary>
    public static readonly DiagnosticCode PasteResidueDropped = new("CDS1202", Severity.Info,
        "Word paste residue dropped",
        "Microsoft Word's conditional comments (<!--[if gte mso 9]>…<![endif]-->), its MsoNormal classes and <o:p> elements are left over from pasting; no reader sees them, so they were left out.");

    /// <summary>CDS1203 (info): Script inside text dropped.</summary>
    public static readonly DiagnosticCode ScriptDropped = new("CDS1203", Severity.Info,
        "Script inside text dropped",
        "A <script> inside a paragraph writes text only when a browser runs it; Markdown keeps no scripts in text, so it was left out. Check what it wrote and add that text by hand if it mattered.");

    // Issue 10 (headings, tables, verse, footnotes from postmeta, shortcodes): CDS1250-CDS1299.
    /// <summary>CDS1250 (info): Heading formatting dropped.</summary>
    public static readonly DiagnosticCode HeadingFormattingDropped = new("CDS1250", Severity.Info,
        "Heading formatting dropped",
        "--plain-headings: the bold or italic the author put in a heading was removed (the site's CSS may show headings at another weight, so the heading may now look different). Without the option it is kept as ## **Title**.");

    // Inline, footnotes, shortcodes and flavours: CDS13xx/CDS14xx.
    /// <summary>CDS1301 (info): Strikethrough kept as HTML.</summary>
    public static readonly DiagnosticCode StrikeAsHtml = new("CDS1301", Severity.Info,
        "Strikethrough kept as HTML",
        "CommonMark has no strikethrough, so <s>/<del> is written as a raw <del> element (use --flavor gfm or hugo for ~~text~~).");

    // CDS1302 (inline style lost) was retired in issue 11: CDS1200 reports every lost styling. Not to be reused.

    /// <summary>CDS1303 (warning): Shortcode kept verbatim.</summary>
    public static readonly DiagnosticCode ShortcodeKept = new("CDS1303", Severity.Warning,
        "Shortcode kept verbatim",
        "A WordPress shortcode ([gallery], [contact-form]…) has no Markdown form; its tag is kept as written so it can be found and replaced by hand. [caption] and [embed] are converted.");

    /// <summary>CDS1304 (info): Footnotes written as a numbered list.</summary>
    public static readonly DiagnosticCode FootnotesAsList = new("CDS1304", Severity.Info,
        "Footnotes written as a numbered list",
        "CommonMark has no footnotes: references are superscript links to a numbered list of notes at the end (use --flavor gfm or hugo for [^1] footnotes).");

    /// <summary>CDS2001 (warning): No front matter.</summary>
    public static readonly DiagnosticCode NoFrontMatter = new("CDS2001", Severity.Warning,
        "No front matter",
        "The file has no YAML front matter; the body was converted and the output has none either.");

    /// <summary>CDS2002 (error): Invalid YAML front matter.</summary>
    public static readonly DiagnosticCode InvalidFrontMatter = new("CDS2002", Severity.Error,
        "Invalid YAML front matter",
        "The front matter is not valid YAML; the file was not converted. Fix the YAML at the line shown.");

    /// <summary>CDS2003 (error): Empty input.</summary>
    public static readonly DiagnosticCode EmptyInput = new("CDS2003", Severity.Error,
        "Empty input",
        "The file is empty; nothing was written for it.");

    /// <summary>CDS2004 (error): Input is not UTF-8 text.</summary>
    public static readonly DiagnosticCode NotText = new("CDS2004", Severity.Error,
        "Input is not UTF-8 text",
        "The file is binary or not valid UTF-8; nothing was written for it. Re-save it as UTF-8.");

    /// <summary>CDS2005 (warning): Malformed HTML.</summary>
    public static readonly DiagnosticCode MalformedHtml = new("CDS2005", Severity.Warning,
        "Malformed HTML",
        "The HTML has parse errors (unclosed tags, stray end tags); it was repaired the way browsers do. Check the block shown.");

    /// <summary>CDS2006 (error): Input could not be read.</summary>
    public static readonly DiagnosticCode UnreadableInput = new("CDS2006", Severity.Error,
        "Input could not be read",
        "The file could not be opened or read; nothing was written for it.");

    // Readers of exports (WXR, REST JSON): CDS2010-CDS2049.
    /// <summary>CDS2010 (error): XML is not well-formed.</summary>
    public static readonly DiagnosticCode XmlNotWellFormed = new("CDS2010", Severity.Error,
        "XML is not well-formed",
        "The export is not well-formed XML at the line and column shown; nothing was converted from it. Repair the file (or export again) and rerun.");

    /// <summary>CDS2011 (error): DOCTYPE refused.</summary>
    public static readonly DiagnosticCode DoctypeRefused = new("CDS2011", Severity.Error,
        "DOCTYPE refused",
        "The XML declares a DOCTYPE. WordPress exports never do; entities could expand without bound (billion laughs) or read other files, so the file is refused unread.");

    /// <summary>CDS2012 (error): Not a WordPress export.</summary>
    public static readonly DiagnosticCode NotAnExport = new("CDS2012", Severity.Error,
        "Not a WordPress export",
        "The file is XML or JSON but not a WXR export (rss/channel/item) nor a REST API array of posts; nothing was converted from it.");

    /// <summary>CDS2013 (info): Item skipped.</summary>
    public static readonly DiagnosticCode ItemSkipped = new("CDS2013", Severity.Info,
        "Item skipped",
        "Trashed items, auto-drafts and internal post types (attachments, revisions, menus, templates…) are not content to publish; they were not converted.");

    /// <summary>CDS2014 (warning): Password-protected item kept as draft.</summary>
    public static readonly DiagnosticCode ProtectedItem = new("CDS2014", Severity.Warning,
        "Password-protected item kept as draft",
        "The item has a password in WordPress. It was converted with draft: true so that it is never published by mistake; decide by hand what to do with it.");

    /// <summary>CDS2015 (warning): Item without a title.</summary>
    public static readonly DiagnosticCode MissingTitle = new("CDS2015", Severity.Warning,
        "Item without a title",
        "The item has no title; the front matter has an empty title. Add one by hand.");

    /// <summary>CDS2016 (warning): Item without a date.</summary>
    public static readonly DiagnosticCode MissingDate = new("CDS2016", Severity.Warning,
        "Item without a date",
        "The item has no usable date (missing or 0000-00-00); the front matter has no date. Add one by hand.");

    /// <summary>CDS2017 (info): Slug made from the title.</summary>
    public static readonly DiagnosticCode MissingSlug = new("CDS2017", Severity.Info,
        "Slug made from the title",
        "The item has no slug (post_name), as drafts often do; one was made from the title, or from the id when the title has no letters.");

    /// <summary>CDS2018 (warning): Two items share a slug.</summary>
    public static readonly DiagnosticCode DuplicateSlug = new("CDS2018", Severity.Warning,
        "Two items share a slug",
        "Another item of the same type and language has this slug; on a static site they would share a URL. The output path was numbered; rename one of them.");

    /// <summary>CDS2019 (warning): Output path already used.</summary>
    public static readonly DiagnosticCode DuplicateOutputPath = new("CDS2019", Severity.Warning,
        "Output path already used",
        "Another document of this run goes to the same path (compared as Windows and macOS compare names); this one was numbered -2, -3…");

    /// <summary>CDS2020 (warning): Featured image not found.</summary>
    public static readonly DiagnosticCode FeaturedImageUnresolved = new("CDS2020", Severity.Warning,
        "Featured image not found",
        "The item names a featured image (_thumbnail_id or featured_media) that the export does not hold; the front matter has no image.");

    /// <summary>CDS2021 (warning): Attachment loop.</summary>
    public static readonly DiagnosticCode AttachmentLoop = new("CDS2021", Severity.Warning,
        "Attachment loop",
        "Following the featured image's own thumbnail leads back to an attachment already seen; the chain was cut and no image was set.");

    /// <summary>CDS2022 (error): JSON is not well-formed.</summary>
    public static readonly DiagnosticCode JsonNotWellFormed = new("CDS2022", Severity.Error,
        "JSON is not well-formed",
        "The file is not valid JSON at the line and column shown; nothing was converted from it.");

    /// <summary>CDS2023 (warning): JSON entry of the wrong shape.</summary>
    public static readonly DiagnosticCode JsonWrongShape = new("CDS2023", Severity.Warning,
        "JSON entry of the wrong shape",
        "A REST API entry lacks what a post has (an id and content) or has fields of the wrong type; it was not converted, the others were.");

    /// <summary>CDS2024 (info): Output name changed to be safe.</summary>
    public static readonly DiagnosticCode NameMadeSafe = new("CDS2024", Severity.Info,
        "Output name changed to be safe",
        "The slug held characters or a name that some file systems refuse (: ? * \" < > |, trailing dots, CON, NUL…) or was too long; the file name was changed. The old URL is kept in aliases.");

    /// <summary>CDS2025 (warning): Unknown status kept as draft.</summary>
    public static readonly DiagnosticCode UnknownStatus = new("CDS2025", Severity.Warning,
        "Unknown status kept as draft",
        "The item's status is not one WordPress defines (publish, draft, pending, future, private); it was converted with draft: true.");

    /// <summary>CDS2026 (info): Rendered content used.</summary>
    public static readonly DiagnosticCode RenderedContentUsed = new("CDS2026", Severity.Info,
        "Rendered content used",
        "The REST entry has no content.raw (it was fetched without context=edit), so the HTML WordPress rendered was converted: block names and attributes are not available.");

    /// <summary>CDS2027 (info): Translation not paired.</summary>
    public static readonly DiagnosticCode TranslationUnpaired = new("CDS2027", Severity.Info,
        "Translation not paired",
        "The entry names a translation (id_en / id_fr) whose slug is not known; its own slug was used as translationKey. Check the pairing by hand.");

    /// <summary>CDS2028 (info): Classic-editor paragraphs applied.</summary>
    public static readonly DiagnosticCode ClassicParagraphs = new("CDS2028", Severity.Info,
        "Classic-editor paragraphs applied",
        "The content has no block markup, so WordPress's paragraph rules (wpautop) were applied: a blank line starts a paragraph, a single newline is a line break.");

    // Issue 10: CDS2040-CDS2049.
    /// <summary>CDS2040 (warning): No status and no date: written as a draft.</summary>
    public static readonly DiagnosticCode NoStatusNoDate = new("CDS2040", Severity.Warning,
        "No status and no date: written as a draft",
        "The item has neither a status nor a usable date. WordPress imports such an item as a draft, so it was converted with draft: true rather than published undated. Set a date and draft: false to publish it.");

    /// <summary>CDS2041 (info): Footnotes read from postmeta.</summary>
    public static readonly DiagnosticCode FootnotesFromMeta = new("CDS2041", Severity.Info,
        "Footnotes read from postmeta",
        "The post's block footnotes (WordPress 6.3+) keep their texts in the footnotes postmeta, not in the content; they were placed where the footnotes block stands, as WordPress renders them, and converted to footnotes.");

    /// <summary>CDS2029 (info): Gallery shortcode expanded.</summary>
    public static readonly DiagnosticCode GalleryExpanded = new("CDS2029", Severity.Info,
        "Gallery shortcode expanded",
        "A [gallery] shortcode was replaced by the images of the attachments it names, found in the export.");

    /// <summary>CDS2030 (info): HTML entity decoded in front matter.</summary>
    public static readonly DiagnosticCode FrontMatterEntityDecoded = new("CDS2030", Severity.Info,
        "HTML entity decoded in front matter",
        "A front matter value held an HTML entity (&amp;amp;, &amp;#8217;, &amp;nbsp;…), which Hugo and other YAML readers show as written; it was replaced by its character, escaped for the value's quoting. Only that span of the line changed (issue 9): keys, order, quoting, folding and comments are kept.");

    /// <summary>CDS2031 (info): Empty item removed from a front matter list.</summary>
    public static readonly DiagnosticCode FrontMatterEmptyItemRemoved = new("CDS2031", Severity.Info,
        "Empty item removed from a front matter list",
        "A front matter list held an empty string (tags: [\"\"]), which makes an empty taxonomy term; it was removed (tags: []). Only that span changed; the rest of the front matter is kept as written.");

    /// <summary>CDS2032 (warning): Front matter kept as written.</summary>
    public static readonly DiagnosticCode FrontMatterNotFixed = new("CDS2032", Severity.Warning,
        "Front matter kept as written",
        "The front matter holds HTML entities or empty list items that could not be fixed in place without changing other values (for example an entity that decodes to # or : in a plain value that spans several lines). It was kept exactly as written; fix the values shown by hand.");

    /// <summary>CDS3001 (error): Output could not be written.</summary>
    public static readonly DiagnosticCode OutputNotWritten = new("CDS3001", Severity.Error,
        "Output could not be written",
        "Writing the output failed (permissions, disk space, an unsafe path); the document is reported as failed.");

    /// <summary>CDS3002 (error): Internal error.</summary>
    public static readonly DiagnosticCode InternalError = new("CDS3002", Severity.Error,
        "Internal error",
        "The converter failed on this document; nothing was written for it and the other documents were converted. Please report it with the input.");

    /// <summary>CDS9001 (error): Output could not be verified.</summary>
    public static readonly DiagnosticCode VerificationMismatch = new("CDS9001", Severity.Error,
        "Output could not be verified",
        "Rendering the Markdown back to HTML failed, so nothing could be compared with the source. Report it with the input: this is a converter bug. (The specific differences have their own codes, CDS9002 to CDS9013 and CDS9020.)");

    // --- check/report helper: verification differences (CDS9002+) and reporting (CDS5xxx) ---

    /// <summary>CDS9002 (error): Word lost, added or changed.</summary>
    public static readonly DiagnosticCode VerifyWord = new("CDS9002", Severity.Error,
        "Word lost, added or changed",
        "Rendered back, the output's words differ from the source's at the block shown. A converter bug: compare the block with the output and report it with the input.");

    /// <summary>CDS9003 (error): Non-breaking space lost or added.</summary>
    public static readonly DiagnosticCode VerifyNbsp = new("CDS9003", Severity.Error,
        "Non-breaking space lost or added",
        "Two words joined by a non-breaking space in the source (French '10 %', 'M. Tremblay') are not joined in the output, or the reverse. Line breaks may now split them. A converter bug: report it.");

    /// <summary>CDS9004 (error): Heading level or text differs.</summary>
    public static readonly DiagnosticCode VerifyHeading = new("CDS9004", Severity.Error,
        "Heading level or text differs",
        "A heading of the source is missing from the output, or has another level or text. The page outline changed: report it.");

    /// <summary>CDS9005 (error): List item or its number differs.</summary>
    public static readonly DiagnosticCode VerifyListNumber = new("CDS9005", Severity.Error,
        "List item or its number differs",
        "A list item is missing or an ordered list shows other numbers than the source (a continued list restarted at 1, a start lost). Steps and references to 'item 4' break: report it.");

    /// <summary>CDS9006 (error): Link lost or its target changed.</summary>
    public static readonly DiagnosticCode VerifyLink = new("CDS9006", Severity.Error,
        "Link lost or its target changed",
        "A link of the source is missing from the output or points elsewhere. Readers lose a destination: report it.");

    /// <summary>CDS9007 (error): Image lost or its source or alt text changed.</summary>
    public static readonly DiagnosticCode VerifyImage = new("CDS9007", Severity.Error,
        "Image lost or its source or alt text changed",
        "An image of the source is missing from the output, or its src or alt text differs. Report it.");

    /// <summary>CDS9008 (error): Quotation differs.</summary>
    public static readonly DiagnosticCode VerifyQuote = new("CDS9008", Severity.Error,
        "Quotation differs",
        "A block quote is missing, or its text is not the same as in the source (text may have left or entered the quote). Report it.");

    /// <summary>CDS9009 (error): Details/summary differs.</summary>
    public static readonly DiagnosticCode VerifyDetails = new("CDS9009", Severity.Error,
        "Details/summary differs",
        "A disclosure widget (details/summary, an accordion or expander) is missing, or its summary or hidden content differs. Report it.");

    /// <summary>CDS9010 (error): Table cell differs.</summary>
    public static readonly DiagnosticCode VerifyTableCell = new("CDS9010", Severity.Error,
        "Table cell differs",
        "A table cell of the source is missing from the output or holds other text (cells shifted, merged or split). Report it.");

    /// <summary>CDS9011 (error): Code block differs.</summary>
    public static readonly DiagnosticCode VerifyCode = new("CDS9011", Severity.Error,
        "Code block differs",
        "A code or preformatted block lost text or line breaks. Code that is copied from the page may no longer work: report it.");

    /// <summary>CDS9012 (error): Footnote lost or renumbered.</summary>
    public static readonly DiagnosticCode VerifyFootnote = new("CDS9012", Severity.Error,
        "Footnote lost or renumbered",
        "A footnote reference or footnote text of the source is missing from the output or has another number. Report it.");

    /// <summary>CDS9013 (error): In-page link lost its target.</summary>
    public static readonly DiagnosticCode VerifyInPageLink = new("CDS9013", Severity.Error,
        "In-page link lost its target",
        "A link to a place in the page (href=\"#…\") resolved in the source but its target (an id or named anchor) is gone from the output, or the reverse. Readers following it land nowhere: report it.");

    /// <summary>CDS9020 (error): Inline formatting differs.</summary>
    public static readonly DiagnosticCode VerifyInline = new("CDS9020", Severity.Error,
        "Inline formatting differs",
        "Rendered back, the output's emphasis, strong, code, strikethrough, superscript, subscript, mark, keyboard or link text differs from the source's at the block shown (a word lost its bold, code became plain text). A converter bug: report it.");

    /// <summary>CDS9021 (error): Deliberate change not accounted for.</summary>
    public static readonly DiagnosticCode VerifyLedger = new("CDS9021", Severity.Error,
        "Deliberate change not accounted for",
        "The converter recorded a deliberate change (a dropped element, an implied link, a reading) that the verifier could not match with the source as the site reads it, or justified it with a verification code. A converter bug: report it.");

    /// <summary>CDS5001 (info): Verification skipped.</summary>
    public static readonly DiagnosticCode VerificationSkipped = new("CDS5001", Severity.Info,
        "Verification skipped",
        "--no-verify was given: the output was not rendered back and compared with the source. Run without it (or run 'cdsmigrate check') before trusting the output.");

    // Safety (issue 6): output safety CDS3003+, hostile or broken input CDS6xxx.
    /// <summary>CDS3003 (warning): Output path made safe.</summary>
    public static readonly DiagnosticCode OutputPathChanged = new("CDS3003", Severity.Warning,
        "Output path made safe",
        "A path built from export data (slug, title, layout) had parts that could leave --out or that file systems refuse ('..', an absolute path, a drive letter, control characters, a reserved device name, an over-long name, a leading dot); it was rewritten. The message shows the path used.");

    /// <summary>CDS3004 (error): Existing file not overwritten.</summary>
    public static readonly DiagnosticCode OutputExistsDifferent = new("CDS3004", Severity.Error,
        "Existing file not overwritten",
        "The output file already exists with different content (perhaps edited by hand); it was left as it is. Re-run with --force to replace it, or move it away. An error, because the output folder does not hold this conversion until you decide.");

    /// <summary>CDS3005 (error): Output path refused.</summary>
    public static readonly DiagnosticCode OutputPathRefused = new("CDS3005", Severity.Error,
        "Output path refused",
        "The output path is empty after making it safe, or an existing folder or file on it is a symbolic link leading out of --out. Nothing was written for the document.");

    /// <summary>CDS3006 (error): Two documents have the same output path.</summary>
    public static readonly DiagnosticCode OutputPathCollision = new("CDS3006", Severity.Error,
        "Two documents have the same output path",
        "Another document of this run already wrote this output path (for example post.md and post.html in one folder, the same post file name under two input folders, or two slugs that are equal once made safe); this one was not written, and a post file is never renamed, so neither is silently lost.");

    /// <summary>CDS3010 (error): Post file name cannot be kept.</summary>
    public static readonly DiagnosticCode SourceNameNotWritable = new("CDS3010", Severity.Error,
        "Post file name cannot be kept",
        "A post file's output keeps its own path, byte for byte, because the file name is part of the page's URL (issue 9). This one cannot be written under that name here (a part that leaves --out or starts with a dot, a NUL or control character, a bidirectional control, a name over 255 bytes, or on Windows a character or device name Windows refuses), so the document failed and nothing was written; it is never renamed. Rename the source file if the name must change.");

    // Translations (issue 12, point 4): CDS4100–CDS4149.
    /// <summary>CDS4100 (warning): Translation missing.</summary>
    public static readonly DiagnosticCode TranslationMissing = new("CDS4100", Severity.Warning,
        "Translation missing",
        "The document has a language and a translationKey, but no document of the run in another of the run's languages shares that key: its twin is missing (not exported, not selected, or keyed differently). Translate it, or give both twins the same translationKey.");

    /// <summary>CDS4101 (warning): Translations drifted apart.</summary>
    public static readonly DiagnosticCode TranslationDrift = new("CDS4101", Severity.Warning,
        "Translations drifted apart",
        "Two twins (same translationKey, different languages) differ in structure: headings, images, links or list items counted in their output differ by more than the threshold (2, and 25% of the larger count). One of them was probably edited without the other: compare them side by side.");

    /// <summary>CDS4102 (info): Languages split (qTranslate).</summary>
    public static readonly DiagnosticCode LanguagesSplit = new("CDS4102", Severity.Info,
        "Languages split (qTranslate)",
        "The item held several languages in one body and title (qTranslate markers <!--:en-->…<!--:--> or [:en]…[:]); each language was written as its own document, with its lang and a shared translationKey. Text outside the markers went to every language.");

    /// <summary>CDS4103 (warning): Two documents of one language share a translationKey.</summary>
    public static readonly DiagnosticCode TranslationKeyShared = new("CDS4103", Severity.Warning,
        "Two documents of one language share a translationKey",
        "More than one document of the same language has this translationKey, so the twin cannot be told; each is compared with the first of the other language. Give each its own key.");

    /// <summary>CDS6001 (warning): HTML nested too deeply to parse.</summary>
    public static readonly DiagnosticCode HtmlTooDeep = new("CDS6001", Severity.Warning,
        "HTML nested too deeply to parse",
        "The HTML nests elements deeper than 512 levels (browsers stop there too); the tags beyond were dropped while parsing and their text kept. Real content never nests this deep: check the source for generated or broken markup.");

    /// <summary>CDS6002 (warning): Invalid UTF-8 replaced.</summary>
    public static readonly DiagnosticCode InvalidUtf8Replaced = new("CDS6002", Severity.Warning,
        "Invalid UTF-8 replaced",
        "A few bytes are not valid UTF-8 (often one character pasted from another encoding); each was replaced with U+FFFD. Fix the character at the position shown. A file with many invalid bytes is refused instead (CDS2004): it is in another encoding.");

    /// <summary>CDS6003 (warning): NUL characters removed.</summary>
    public static readonly DiagnosticCode NulRemoved = new("CDS6003", Severity.Warning,
        "NUL characters removed",
        "The text holds a few NUL (U+0000) characters, which no Markdown or YAML tool accepts; they were removed. A file with many NUL bytes is refused as binary (CDS2004).");

    /// <summary>CDS6004 (error): Input too large.</summary>
    public static readonly DiagnosticCode InputTooLarge = new("CDS6004", Severity.Error,
        "Input too large",
        "The file is larger than the limit (32 MB by default; converting takes about 60 times a file's size in memory); it was not read, so one huge file cannot exhaust memory. Raise the limit with --max-input-mb if the machine has the memory, or split the file.");

    // Media brought home (issue 12, point 1): CDS4000–CDS4049.
    /// <summary>CDS4001 (warning): Media file not downloaded.</summary>
    public static readonly DiagnosticCode MediaNotDownloaded = new("CDS4001", Severity.Warning,
        "Media file not downloaded",
        "The file could not be fetched (the HTTP status or the reason is given: not found, server error after retries, timeout, a redirect to another site, too large, or a content type that contradicts the extension). The reference keeps its old URL, which breaks when the old site goes: fetch the file by hand, or fix the URL, and run again (files already fetched are not fetched again).");

    /// <summary>CDS4002 (warning): Media file not in --media-from.</summary>
    public static readonly DiagnosticCode MediaNotInFolder = new("CDS4002", Severity.Warning,
        "Media file not in --media-from",
        "The file is not at its path below the uploads folder given with --media-from (nor, for a resized image, its original). The reference keeps its old URL, which breaks when the old site goes: add the file to the folder and run again.");

    /// <summary>CDS4003 (warning): Media manifest unreadable.</summary>
    public static readonly DiagnosticCode MediaManifestUnreadable = new("CDS4003", Severity.Warning,
        "Media manifest unreadable",
        "media.json in the media folder could not be read; every file is fetched again and the manifest is rewritten.");

    /// <summary>CDS4004 (warning): No old site to bring media from.</summary>
    public static readonly DiagnosticCode MediaNoOrigin = new("CDS4004", Severity.Warning,
        "No old site to bring media from",
        "--media download or copy was asked, but no input is a WXR export (which names its site) and no --site-url was given, so no reference can be told to be the old site's: nothing was fetched. Give the old site's origins with --site-url.");

    // The run as a whole (issue 13): CDS7xxx.
    /// <summary>CDS7001 (warning): Nothing to convert.</summary>
    public static readonly DiagnosticCode NothingToConvert = new("CDS7001", Severity.Warning,
        "Nothing to convert",
        "The run found no document to convert: the inputs hold no post file, WXR export or REST JSON (folders are read for *.md, *.markdown, *.html, *.htm, *.xml, *.json), or every item was skipped. Check the paths and --types. With --fail-on warning the exit code is 1.");

    /// <summary>CDS7002 (warning): Post type not found.</summary>
    public static readonly DiagnosticCode TypeNotFound = new("CDS7002", Severity.Warning,
        "Post type not found",
        "A type named in --types is held by no input (a typo such as 'pages' for 'page'?). The message lists the types the exports do hold.");

    /// <summary>CDS7003 (error): Run interrupted.</summary>
    public static readonly DiagnosticCode RunInterrupted = new("CDS7003", Severity.Error,
        "Run interrupted",
        "The run was stopped (Ctrl-C, SIGINT) before every document was done. The report lists the documents finished before the stop; outputs written are whole files. Run the same command again to finish: unchanged files are left alone.");

    /// <summary>CDS7004 (error): Output folder unusable.</summary>
    public static readonly DiagnosticCode OutputFolderUnusable = new("CDS7004", Severity.Error,
        "Output folder unusable",
        "--out is a file, cannot be created or written, or lies inside an input folder (its outputs would be read back as inputs). Nothing was converted; choose another folder.");

    // Whole-site migration (issue 12): URLs kept and links between posts. CDS2050–CDS2059, CDS4050–CDS4099.
    /// <summary>CDS2050 (warning): URL clash resolved.</summary>
    public static readonly DiagnosticCode UrlClashResolved = new("CDS2050", Severity.Warning,
        "URL clash resolved",
        "Hugo would give this document the URL of another one (same slug, or the same but for case or Unicode form) and publish only one of them. This one was numbered (file and slug) so each has its own URL; its old URL is kept as an alias. Rename it if the number does not suit you.");

    /// <summary>CDS2051 (warning): Old URL not kept as an alias.</summary>
    public static readonly DiagnosticCode AliasNotKept = new("CDS2051", Severity.Warning,
        "Old URL not kept as an alias",
        "The document's old permalink is already the URL of another page of the output, or the alias of another document, so it cannot redirect here. Links to the old URL will reach the other page.");

    /// <summary>CDS4050 (warning): Link into the old site matches no post.</summary>
    public static readonly DiagnosticCode LinkUnresolved = new("CDS4050", Severity.Warning,
        "Link into the old site matches no post",
        "The link points at the old WordPress site (its origin, or a root-relative path) but no post or page of this run has that URL, id or slug. It will break when the old site goes: point it at the new page, or convert the post it names in the same run.");

    /// <summary>CDS4051 (info): Link to another post rewritten.</summary>
    public static readonly DiagnosticCode LinkRewritten = new("CDS4051", Severity.Info,
        "Link to another post rewritten",
        "The link pointed at the old URL of a post or page converted in this run; it now points at the new file (a relref in the hugo flavour, a relative path to the .md file otherwise). --links keep leaves links as they were.");

    /// <summary>CDS4052 (warning): Hugo site lacks a setting the output needs.</summary>
    public static readonly DiagnosticCode SiteSettingMissing = new("CDS4052", Severity.Warning,
        "Hugo site lacks a setting the output needs",
        "The Hugo site given with --site does not have a setting the output relies on (for example markup.goldmark.renderer.unsafe = true for raw HTML such as <details> and tables). Without it Hugo drops or misrenders that content. Add the setting to the site's configuration.");

    /// <summary>CDS4053 (error): Hugo site configuration not readable.</summary>
    public static readonly DiagnosticCode SiteConfigUnreadable = new("CDS4053", Severity.Error,
        "Hugo site configuration not readable",
        "--site names a folder without a hugo.toml/yaml/json or config.toml/yaml/json, or the file could not be parsed. Old permalinks of post files and the readiness checks need it.");

    // Reading a body as its site does (issue 9): CDS1400–CDS1419, CDS9014–CDS9019.
    /// <summary>CDS1400 (info): HTML around Markdown kept as written.</summary>
    public static readonly DiagnosticCode HtmlAroundMarkdownKept = new("CDS1400", Severity.Info,
        "HTML around Markdown kept as written",
        "An HTML block opens an element that a later HTML block closes, with Markdown between them (a <details> or a table with Markdown cells, as cdsmigrate writes them, or a wrapper <div>). Its tags are kept byte for byte and the Markdown inside is read as Markdown; HTML blocks that stand alone are converted.");

    /// <summary>CDS1401 (info): Inline HTML kept as written.</summary>
    public static readonly DiagnosticCode InlineHtmlKeptAsWritten = new("CDS1401", Severity.Info,
        "Inline HTML kept as written",
        "Inline HTML inside a Markdown paragraph could not be converted to inline Markdown that fits its place (a tag closed outside the same run of text, a block element inside a paragraph, a line break in a heading or table cell). It is kept as written; the site renders it as it did.");

    /// <summary>CDS1402 (warning): Indented HTML read as HTML, not as the site's code block.</summary>
    public static readonly DiagnosticCode IndentedHtmlReadAsHtml = new("CDS1402", Severity.Warning,
        "Indented HTML read as HTML, not as the site's code block",
        "In this HTML body a line of HTML indented by four spaces or more follows a blank line, so CommonMark (Hugo, Markdig) reads it as an indented code block and the published page shows the tags as text. The converter reads it as the HTML the author meant; check the page, which changes here.");

    // Golden cases carrying their diagnostics (issue 11, point 6): CDS1420–CDS1429.
    /// <summary>CDS1420 (info): The "more" link's own text not kept.</summary>
    public static readonly DiagnosticCode MoreTextNotKept = new("CDS1420", Severity.Info,
        "The \"more\" link's own text not kept",
        "<!--more Continue reading--> gives the post's \"read more\" link its own text in WordPress. Hugo's summary divider <!--more--> has no text, so the link shows the theme's wording; set it in the theme if it matters.");

    /// <summary>CDS9014 (error): Body read differently from the site without a reason.</summary>
    public static readonly DiagnosticCode VerifyReadingDecision = new("CDS9014", Severity.Error,
        "Body read differently from the site without a reason",
        "The converter read part of the body differently from the site (CommonMark with raw HTML), and the recorded decision does not hold: the site does not read it as the decision says, or the decision's diagnostic is missing. This is a bug in cdsmigrate: please report it with the file.");

    // Per-block choices of a site's config (issue 13): CDS7100–CDS7149.
    /// <summary>CDS7100 (info): Block dropped as configured.</summary>
    public static readonly DiagnosticCode BlockDroppedByChoice = new("CDS7100", Severity.Info,
        "Block dropped as configured",
        "The block's name is in --drop-block (drop-block in cdsmigrate.yml), so it was left out before any rule was tried. Remove the name to convert it again.");

    /// <summary>CDS7101 (info): Block kept as raw HTML as configured.</summary>
    public static readonly DiagnosticCode BlockRawByChoice = new("CDS7101", Severity.Info,
        "Block kept as raw HTML as configured",
        "The block's name is in --raw-block (raw-block in cdsmigrate.yml), so it was kept as raw HTML without trying a rule. Remove the name to convert it to Markdown.");

    /// <summary>CDS7102 (warning): Block choice met no block.</summary>
    public static readonly DiagnosticCode ChosenBlockNotFound = new("CDS7102", Severity.Warning,
        "Block choice met no block",
        "A name in --drop-block or --raw-block (drop-block, raw-block in cdsmigrate.yml) matched no block of the run: most likely a typo, so the choice did nothing. Names are as reports show them: core/spacer, cds-snc/accordion, or a tag name such as iframe.");

    /// <summary>All codes, in code order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        RawHtmlKept, BlockDropped, BlockFailed, InlineUnwrapped, EmptyLinkDropped, InlineHtmlKept, NestingTooDeep, LayoutLost, EmptyAlt, TableAsHtml,
        BlockCommentBroken, DynamicBlock, HtmlBlockKept, PageBreakDropped, MediaKeptAsHtml, EmbedAsLink, ButtonWithoutLink, PreformattedAsHtml, AlertAsQuote, UnknownBlockConverted, BlockOutOfPlace,
        StylingLost, NestingRepaired, PasteResidueDropped, ScriptDropped,
        HeadingFormattingDropped,
        StrikeAsHtml, ShortcodeKept, FootnotesAsList,
        NoFrontMatter, InvalidFrontMatter, EmptyInput, NotText, MalformedHtml, UnreadableInput,
        XmlNotWellFormed, DoctypeRefused, NotAnExport, ItemSkipped, ProtectedItem, MissingTitle, MissingDate, MissingSlug, DuplicateSlug,
        DuplicateOutputPath, FeaturedImageUnresolved, AttachmentLoop, JsonNotWellFormed, JsonWrongShape, NameMadeSafe, UnknownStatus,
        RenderedContentUsed, TranslationUnpaired, ClassicParagraphs, GalleryExpanded, NoStatusNoDate, FootnotesFromMeta,
        FrontMatterEntityDecoded, FrontMatterEmptyItemRemoved, FrontMatterNotFixed,
        OutputNotWritten, InternalError, VerificationMismatch,
        OutputPathChanged, OutputExistsDifferent, OutputPathRefused, OutputPathCollision, SourceNameNotWritable,
        MediaNotDownloaded, MediaNotInFolder, MediaManifestUnreadable, MediaNoOrigin,
        TranslationMissing, TranslationDrift, LanguagesSplit, TranslationKeyShared,
        HtmlTooDeep, InvalidUtf8Replaced, NulRemoved, InputTooLarge,
        NothingToConvert, TypeNotFound, RunInterrupted, OutputFolderUnusable, BlockDroppedByChoice, BlockRawByChoice, ChosenBlockNotFound,

        UrlClashResolved, AliasNotKept, LinkUnresolved, LinkRewritten, SiteSettingMissing, SiteConfigUnreadable,
        HtmlAroundMarkdownKept, InlineHtmlKeptAsWritten, IndentedHtmlReadAsHtml, MoreTextNotKept,
        // check/report helper
        VerifyWord, VerifyNbsp, VerifyHeading, VerifyListNumber, VerifyLink, VerifyImage, VerifyQuote, VerifyDetails,
        VerifyTableCell, VerifyCode, VerifyFootnote, VerifyInPageLink, VerificationSkipped, VerifyReadingDecision, VerifyInline, VerifyLedger,
    ];

    /// <summary>True for the codes of the verifier (CDS9xxx): a difference between output and source.</summary>
    public static bool IsVerification(string code) => code.StartsWith("CDS9", StringComparison.Ordinal);
}
