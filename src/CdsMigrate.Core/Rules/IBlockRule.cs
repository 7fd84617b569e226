using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules;

/// <summary>
/// Converts one kind of block. Rules are stateless, do no I/O and never write Markdown text: they
/// return model blocks, and convert nested content through the context (so nested blocks get rules too).
/// </summary>
public interface IBlockRule
{
    /// <summary>The name shown in reports and by <c>cdsmigrate rules</c>, e.g. <c>core/quote</c>.</summary>
    string Name { get; }

    /// <summary>What the rule matches, for people: "h1–h6".</summary>
    string Matches { get; }

    /// <summary>What it produces, for people: "ATX heading".</summary>
    string Produces { get; }

    /// <summary>The diagnostic codes the rule may emit (shown by <c>cdsmigrate rules</c>).</summary>
    IReadOnlyList<Reporting.DiagnosticCode> Diagnostics => [];

    /// <summary>True when this rule converts <paramref name="element"/>. It is asked of every block in order, so it should be cheap and change nothing.</summary>
    /// <param name="element">A block element of the source (or a placeholder a block comment left).</param>
    /// <param name="context">The document's context.</param>
    bool IsMatch(IElement element, ConversionContext context);

    /// <summary>
    /// Converts <paramref name="element"/> (which <see cref="IsMatch"/> accepted) to model blocks: none, when the
    /// block shows nothing (say why with <see cref="ConversionContext.Report"/>), or when the rule failed the document
    /// (<see cref="ConversionContext.Fail"/>). Nested content goes through <see cref="ConversionContext.ConvertChildren"/>
    /// or <see cref="ConversionContext.ConvertInlines(INode)"/>, so nested blocks get rules too. A block the model has no node for is a
    /// record derived from <see cref="MdCustomBlock"/>.
    /// </summary>
    /// <param name="element">The block element.</param>
    /// <param name="context">The document's context: options, nested conversion, diagnostics.</param>
    IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context);
}
