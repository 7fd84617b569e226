using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Sources;

public sealed class WordPressDateTests
{
    [Theory]
    [InlineData("2024-03-01 22:30:00", "2024-03-02 03:30:00", "2024-03-01T22:30:00-05:00")]
    [InlineData("2024-03-02 04:00:00", "2024-03-01 22:30:00", "2024-03-02T04:00:00+05:30")]
    [InlineData("2024-03-02 04:00:59", "2024-03-01 22:15:00", "2024-03-02T04:00:59+05:45")]
    [InlineData("2024-06-03 11:20:00", "0000-00-00 00:00:00", "2024-06-03T11:20:00")]
    [InlineData("2024-06-03 11:20:00", "", "2024-06-03T11:20:00")]
    [InlineData("2025-07-22T10:16:05", "2025-07-22T14:16:05", "2025-07-22T10:16:05-04:00")]
    public void Keeps_the_local_time_and_derives_the_offset(string local, string gmt, string expected) =>
        Assert.Equal(expected, WordPressDate.Parse(local, gmt)!.Value.ToRfc3339());

    [Theory]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("")]
    [InlineData("not a date")]
    public void Unusable_dates_are_null(string local) => Assert.Null(WordPressDate.Parse(local, null));

    [Fact]
    public void Rss_pub_date_is_a_fallback() =>
        Assert.Equal("2008-06-20T20:06:53+00:00", WordPressDate.FromRfc822("Fri, 20 Jun 2008 20:06:53 +0000")!.Value.ToRfc3339());
}
