using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

// The part of the context a library user needs beyond what a rule is handed (issue 11, point 4): a context of
// their own to unit-test a rule alone, and a way for a rule to fail the document. In a file of its own so the
// verifier's rework of the main file (issue 11, points 1–3) and this one do not meet.
public sealed partial class ConversionContext
{
    /// <summary>
    /// A context for one document, outside a conversion: to unit-test a rule alone (call its
    /// <see cref="Rules.IBlockRule.Convert"/> with an element parsed by AngleSharp, then read
    /// <see cref="Diagnostics"/>). Nested content converts with <see cref="ConversionOptions.Rules"/>. Positions are
    /// those of the element's own source (line 1, column 1 is the start of the HTML it was parsed from).
    /// </summary>
    /// <param name="options">The options the rule sees; <see cref="ConversionOptions.Default"/> when null.</param>
    /// <param name="file">The name diagnostics point at.</param>
    public static ConversionContext Create(ConversionOptions? options = null, string file = MarkdownConverter.DefaultSourceName)
    {
        options ??= ConversionOptions.Default;
        return new ConversionContext(options, options.Rules, file, 1, 1);
    }

    /// <summary>
    /// Reports an error about <paramref name="node"/> that fails the document: the conversion returns no Markdown
    /// (<see cref="MarkdownConversion.Succeeded"/> is false) and the diagnostic says why. A rule returns what it
    /// can after calling this (usually nothing); the other blocks are still converted, so their diagnostics are
    /// reported too.
    /// </summary>
    /// <param name="code">The code; the diagnostic is an error whatever the code's default severity.</param>
    /// <param name="node">Where in the source the problem is.</param>
    /// <param name="message">A one-line reason.</param>
    /// <param name="block">The block's name (<c>core/quote</c>), if it has one.</param>
    public void Fail(DiagnosticCode code, INode? node, string message, string? block = null)
    {
        Report(code, node, message, block, Severity.Error);
        Failed = true;
    }
}
