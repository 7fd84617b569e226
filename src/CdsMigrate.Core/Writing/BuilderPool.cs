using System.Text;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// StringBuilders the writer reuses instead of allocating one per inline list, text or line (issue 11, point 3: the
/// writer's builders and their char arrays were about a tenth of a verified run's bytes). Per thread, because one
/// <see cref="MarkdownWriter"/> serves a document converter's parallel conversions (<c>MixedBodyConverter</c>); a
/// stack, because rendering nests (emphasis inside a link inside a quote): each level rents its own and returns it.
/// A builder lost to an exception is simply not reused.
/// </summary>
internal static class BuilderPool
{
    /// <summary>Builders that grew past this many characters go to the GC rather than sitting in the pool.</summary>
    private const int MaxKeptCapacity = 64 * 1024;

    /// <summary>Enough for the nesting real content has; deeper levels allocate, as before.</summary>
    private const int MaxPooled = 16;

    [ThreadStatic]
    private static Stack<StringBuilder>? t_pool;

    public static StringBuilder Rent()
    {
        var pool = t_pool;
        return pool is { Count: > 0 } ? pool.Pop() : new StringBuilder(256);
    }

    public static void Return(StringBuilder sb)
    {
        if (sb.Capacity > MaxKeptCapacity)
        {
            return;
        }

        var pool = t_pool ??= new Stack<StringBuilder>(MaxPooled);
        if (pool.Count < MaxPooled)
        {
            sb.Clear();
            pool.Push(sb);
        }
    }

    /// <summary>The builder's text; the builder goes back to the pool.</summary>
    public static string ToStringAndReturn(StringBuilder sb)
    {
        string text = sb.ToString();
        Return(sb);
        return text;
    }
}
