namespace CdsMigrate.Core.Parsing;

/// <summary>The reason a <see cref="System.Text.Json.JsonException"/> gives, fit for a diagnostic message.</summary>
internal static class JsonErrorMessage
{
    /// <summary>
    /// The first line of the message, without System.Text.Json's position suffix
    /// (" LineNumber: 0 | BytePositionInLine: 34."): the diagnostic carries its own position.
    /// </summary>
    public static string Reason(string message)
    {
        int i = message.IndexOfAny(['\n', '\r']);
        message = i < 0 ? message : message[..i];
        int position = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).TrimEnd('.', ' ', '|');
    }
}
