using CdsMigrate.Core.Conversion;
using Markdig.Syntax;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// The output as the verifier read it: the text it parsed (the body, Hugo's shortcodes expanded in hugo) and Markdig's
/// document of that text, read with the flavour's pipeline. Derived from the output string alone, by the verifier; it is
/// exposed so that counting the output's structure (translation pairing) need not parse the same text again (issue 11:
/// the two parses were 13% of a verified run's CPU). Nothing may change the document.
/// </summary>
internal sealed record ParsedOutput(string Text, MarkdownDocument Document, MarkdownFlavor Flavor);
