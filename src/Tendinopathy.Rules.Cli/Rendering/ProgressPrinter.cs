using System.Globalization;
using Tendinopathy.Rules.Cohort;

namespace Tendinopathy.Rules.Cli.Rendering;

/// <summary>
/// Prints cohort progress on stderr: a progress bar redrawn in place on a terminal, plain lines when redirected. Called
/// synchronously by the reader of the ordered outcome stream (never from a worker), so lines never interleave.
/// </summary>
internal sealed class ProgressPrinter(TextWriter writer, bool interactive, long? total) : IProgress<CohortProgress>
{
    private const int BarWidth = 30;
    private bool _barShown;

    public void Report(CohortProgress value)
    {
        var rate = value.CasesPerSecond.ToString("N0", CultureInfo.InvariantCulture);
        var done = value.Completed.ToString("N0", CultureInfo.InvariantCulture);
        if (!interactive)
        {
            if (!value.IsFinal) writer.WriteLine($"progress: {done} cases, {value.Invalid} invalid, {rate} cases/s");
            return;
        }
        var bar = "";
        if (total is > 0 and var t)
        {
            var fraction = Math.Min(1.0, (double)value.Completed / t);
            var filled = (int)Math.Round(fraction * BarWidth);
            bar = "[" + new string('#', filled) + new string('.', BarWidth - filled) + "] " +
                  (fraction * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3) + " % ";
        }
        writer.Write($"\r{bar}{done} cases, {value.Invalid} invalid, {rate} cases/s\u001b[K");
        _barShown = true;
        if (value.IsFinal) Interrupt();
    }

    /// <summary>Ends the bar line so other output starts on a fresh line.</summary>
    public void Interrupt()
    {
        if (!_barShown) return;
        writer.WriteLine();
        _barShown = false;
    }
}
