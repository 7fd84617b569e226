using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace CdsMigrate.Core.Parsing;

/// <summary>Parses a WordPress HTML body with AngleSharp, keeping source positions and the parser's error list.</summary>
internal static class HtmlBodyParser
{
    // One browsing context for all parses: creating one per document costs more than parsing a post.
    private static readonly IBrowsingContext SharedContext = BrowsingContext.New(Configuration.Default);

    // AngleSharp finds an error's message by reflection on each call; most posts have a few errors, so the
    // messages (one per error code) are looked up once.
    private static readonly ConcurrentDictionary<int, string> Messages = new();

    /// <summary>A parse error at a 1-based line and column of the HTML text.</summary>
    public readonly record struct ParseError(int Line, int Column, string Message);

    /// <summary>The body, parse errors, and how many start tags were dropped for nesting deeper than <see cref="MaxDepth"/>.</summary>
    public sealed record ParsedHtml(IElement Body, IReadOnlyList<ParseError> Errors)
    {
        public int TagsDroppedTooDeep { get; init; }

        /// <summary>Where the first tag dropped for depth was, or null.</summary>
        public (int Line, int Column)? FirstTooDeep { get; init; }
    }

    /// <summary>The deepest element kept; deeper tags are dropped and their text kept.</summary>
    public const int MaxDepth = NestingLimiter.MaxDepth;

    public static ParsedHtml Parse(string html)
    {
        var errors = new List<ParseError>();
        int bodyClosedWrong = -1;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }, SharedContext);
        parser.Error += (_, e) =>
        {
            // A body has no doctype by nature: that "error" says nothing about the content.
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error && errors.Count < 100)
            {
                string message = MessageOf(error);
                if (!message.Contains("doctype", StringComparison.OrdinalIgnoreCase))
                {
                    if (error.Code == (int)HtmlParseError.BodyClosedWrong && bodyClosedWrong < 0)
                    {
                        bodyClosedWrong = errors.Count;
                    }

                    errors.Add(new ParseError(error.Position.Line, error.Position.Column, message));
                }
            }
        };
        if (!NestingLimiter.Exceeds(html))
        {
            var body = parser.ParseDocument(html).Body!;
            return new ParsedHtml(body, AtUnclosedElement(errors, bodyClosedWrong, body, html));
        }

        var limiter = new NestingLimiter();
        var document = (IHtmlDocument)parser.ParseDocument<Document, Element>(new TextSource(html), limiter.Process);
        return new ParsedHtml(document.Body!, AtUnclosedElement(errors, bodyClosedWrong, document.Body!, html)) { TagsDroppedTooDeep = limiter.DroppedTags, FirstTooDeep = limiter.FirstDropped };
    }

    /// <summary>
    /// "The body has been closed wrong" comes where the body ends, mostly the end of the text: moved to the element
    /// left open, and named, when the source tells which (<see cref="UnclosedElement"/>).
    /// </summary>
    private static List<ParseError> AtUnclosedElement(List<ParseError> errors, int index, IElement body, string html)
    {
        if (index >= 0 && UnclosedElement.Find(body, html) is { SourceReference.Position: var open } element)
        {
            errors[index] = new ParseError(open.Line, open.Column, $"<{element.LocalName}> is never closed: the parser closed it where the body ends");
        }

        return errors;
    }

    private static string MessageOf(AngleSharp.Html.Dom.Events.HtmlErrorEvent error) =>
        Messages.GetOrAdd(error.Code, static (_, e) => e.Message, error);

    /// <summary>Parses HTML without positions or errors (rendered output being verified).</summary>
    public static IElement ParseQuiet(string html) => new HtmlParser(new HtmlParserOptions(), SharedContext).ParseDocument(html).Body!;
}
