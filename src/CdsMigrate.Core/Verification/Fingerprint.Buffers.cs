using System.Text;

namespace CdsMigrate.Core.Verification;

// The working buffers a fingerprint borrows from its thread.
internal sealed partial class Fingerprint
{
    /// <summary>One thread's working buffers; a fingerprint borrows them for its walk (none left behind if it throws).</summary>
    private sealed class Buffers
    {
        // Past this, a buffer grown for one huge page is not kept for the thread's life.
        private const int MaxKeptChars = 64 * 1024;

        [ThreadStatic]
        private static Buffers? t_free;

        public StringBuilder Text { get; } = new();

        public StringBuilder Run { get; } = new();

        // A plain array: a StringBuilder's Append cost more than copying a five-letter word.
        public char[] Words { get; set; } = new char[1024];

        public int WordsLength { get; set; }

        public StringBuilder Scratch { get; } = new();

        public char[] ScratchChars { get; set; } = new char[256];

        public char[] Flush { get; set; } = new char[256];

        public static Buffers Borrow()
        {
            var buffers = t_free ?? new Buffers();
            t_free = null;
            return buffers;
        }

        public void GiveBack()
        {
            if (Text.Capacity > MaxKeptChars || Run.Capacity > MaxKeptChars || Flush.Length > MaxKeptChars || Words.Length > 4 * MaxKeptChars
                || Scratch.Capacity > MaxKeptChars || ScratchChars.Length > MaxKeptChars)
            {
                return;
            }

            Text.Clear();
            Run.Clear();
            WordsLength = 0;
            t_free = this;
        }
    }
}
