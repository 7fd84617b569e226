using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>
/// Writes JUnit XML as common CI test reporters read it: one test suite for the run, one test case per
/// document, a failure for a document with errors (all its errors listed), an error element for one that
/// could not be read. Warnings go to the case's system-out, so they are visible without failing it.
/// </summary>
internal static class JunitReportWriter
{
    public static string Write(MigrationResult result, ReportInfo info)
    {
        var names = ReportWriters.DocumentNames(result);
        // The run's own diagnostics (CDS7xxx: interrupted, nothing to convert) are one more case, so a test viewer
        // shows an interrupted run as a failure rather than as fewer documents that all passed.
        var run = new DocumentReport(RunCaseName, null, DocumentStatus.Converted, result.RunDiagnostics);
        IReadOnlyList<DocumentReport> documents = result.RunDiagnostics.Count > 0 ? [.. result.Documents, run] : result.Documents;
        var cases = documents.Select(d => Case(d, ReferenceEquals(d, run) ? RunCaseName : names(d))).ToList();
        int failures = documents.Count(d => !d.InputFailed && HasErrors(d));
        int errors = documents.Count(d => d.InputFailed);
        var suite = new XElement("testsuite",
            new XAttribute("name", $"{ReportInfo.ToolName} {info.Command}"),
            new XAttribute("tests", documents.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", result.Documents.Count(d => ReportWriters.IsSkipped(d.Status))),
            new XElement("properties",
                Property("version", info.ToolVersion),
                Property("flavor", info.Flavor),
                Property("unknown", info.Unknown),
                Property("verify", info.Options.Verify ? "true" : "false"),
                Property("interrupted", result.Interrupted ? "true" : "false"),
                Property("converted", result.Documents.Count(d => d.Status == DocumentStatus.Converted).ToString(CultureInfo.InvariantCulture)),
                Property("alreadyMarkdown", result.Documents.Count(d => d.Status == DocumentStatus.AlreadyMarkdown).ToString(CultureInfo.InvariantCulture))),
            cases);
        var translations = TranslationSuite(result);
        int translationCases = translations?.Elements("testcase").Count() ?? 0;
        var root = new XElement("testsuites",
            new XAttribute("name", ReportInfo.ToolName),
            new XAttribute("tests", documents.Count + translationCases),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            suite,
            translations);

        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" }))
        {
            root.WriteTo(writer);
        }

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sb + "\n";
    }

    /// <summary>The test case that holds the run's own diagnostics.</summary>
    public const string RunCaseName = "cdsmigrate run";

    /// <summary>
    /// The translations section as its own suite: one case per document without a twin and per drifted pair, their
    /// finding in system-out (warnings, as a document's warnings are), and a summary case; null when nothing was paired.
    /// </summary>
    private static XElement? TranslationSuite(MigrationResult result)
    {
        if (result.Translations is not { Checked: true } translations)
        {
            return null;
        }

        var cases = new List<XElement>
        {
            new("testcase", new XAttribute("name", "pairing"), new XAttribute("classname", ReportInfo.ToolName + ".translations"), new XAttribute("time", "0"),
                new XElement("system-out", Clean(translations.Summary()))),
        };
        cases.AddRange(translations.Unpaired.Select(u => new XElement("testcase",
            new XAttribute("name", $"{u.Member.Name} ({u.Member.Lang}) has no {string.Join("/", u.Missing)} twin"),
            new XAttribute("classname", ReportInfo.ToolName + ".translations"),
            new XAttribute("file", u.Member.Source),
            new XAttribute("time", "0"),
            new XElement("system-out", Clean($"{DiagnosticCodes.TranslationMissing.Code}: translationKey '{u.Member.Key}'")))));
        cases.AddRange(translations.Drifted.Select(d => new XElement("testcase",
            new XAttribute("name", $"{d.First.Name} ({d.First.Lang}) and {d.Second.Name} ({d.Second.Lang}) drifted"),
            new XAttribute("classname", ReportInfo.ToolName + ".translations"),
            new XAttribute("file", d.Second.Source),
            new XAttribute("time", "0"),
            new XElement("system-out", Clean($"{DiagnosticCodes.TranslationDrift.Code}: translationKey '{d.Key}': {d.Describe()}")))));
        return new XElement("testsuite",
            new XAttribute("name", $"{ReportInfo.ToolName} translations"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", 0),
            new XAttribute("errors", 0),
            new XAttribute("skipped", 0),
            cases);
    }

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static bool HasErrors(DocumentReport d) =>
        (!ReportWriters.IsDone(d.Status) && !ReportWriters.IsSkipped(d.Status)) || d.Diagnostics.Any(x => x.Severity == Severity.Error);

    private static XElement Case(DocumentReport doc, string name)
    {
        string folder = Path.GetDirectoryName(doc.Source)?.Replace('\\', '/') ?? "";
        var testcase = new XElement("testcase",
            new XAttribute("name", name),
            new XAttribute("classname", folder.Length == 0 ? ReportInfo.ToolName : folder),
            new XAttribute("file", doc.Source),
            new XAttribute("time", "0"));
        var errors = doc.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (ReportWriters.IsSkipped(doc.Status))
        {
            testcase.Add(new XElement("skipped", new XAttribute("message", doc.Diagnostics.FirstOrDefault()?.Message ?? "not a document to convert")));
        }
        else if (doc.InputFailed)
        {
            testcase.Add(new XElement("error",
                new XAttribute("message", errors.FirstOrDefault()?.Message ?? "the input could not be read"),
                new XAttribute("type", errors.FirstOrDefault()?.Code ?? "input"),
                Clean(string.Join('\n', doc.Diagnostics))));
        }
        else if (HasErrors(doc))
        {
            string message = errors.Count switch
            {
                0 => $"{ReportWriters.StatusName(doc.Status)}",
                1 => $"{errors[0].Code}: {errors[0].Message}",
                _ => $"{errors.Count} errors, first {errors[0].Code}: {errors[0].Message}",
            };
            testcase.Add(new XElement("failure",
                new XAttribute("message", Clean(message)),
                new XAttribute("type", errors.FirstOrDefault()?.Code ?? "not-written"),
                Clean(string.Join('\n', errors))));
        }

        var others = doc.Diagnostics.Where(d => d.Severity < Severity.Error).ToList();
        if (others.Count > 0)
        {
            testcase.Add(new XElement("system-out", Clean(string.Join('\n', others))));
        }

        return testcase;
    }

    /// <summary>XML 1.0 cannot hold most control characters, even escaped; messages quote source text.</summary>
    private static string Clean(string text) => new(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
