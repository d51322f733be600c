using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Sannong.Cli.Progress;

/// <summary>
/// One line of progress on standard error for long work (reading a large file, generating the full sample): drawn
/// only when standard error is a terminal, first after <see cref="CliContext.ProgressDelay"/> (work shorter than that
/// shows nothing), then rewritten in place with a carriage return every tenth of a second, and erased when the work
/// ends, so that what follows starts on a clean line. Never used when standard error is redirected: a file or a pipe
/// receives no progress byte.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly Func<TimeSpan, string> _status;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private int _drawn;
    private bool _stopped;

    private ProgressLine(TextWriter error, Func<TimeSpan, string> status, TimeSpan delay)
    {
        _error = error;
        _status = status;
        if (delay <= TimeSpan.Zero)
        {
            // No delay: the first line is drawn now, before the work starts, whatever the timer's thread does.
            Draw();
        }
        _timer = new Timer(_ => Draw(), null, delay <= TimeSpan.Zero ? Interval : delay, Interval);
    }

    /// <summary>Starts a progress line if standard error is a terminal; otherwise returns null and nothing is ever
    /// written. <paramref name="status"/> is called on a timer thread with the time elapsed: it must be thread-safe.</summary>
    internal static ProgressLine? Start(CliContext context, Func<TimeSpan, string> status) =>
        context.ErrorIsTerminal ? new ProgressLine(context.Error, status, context.ProgressDelay) : null;

    /// <summary>How an elapsed time is shown: seconds with one decimal, "1.2 s".</summary>
    internal static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";

    /// <summary>Stops the timer, waits for a drawing in progress, and erases the line if one was drawn.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
            _stopped = true;
            _timer.Dispose();
            if (_drawn > 0)
            {
                _error.Write("\r" + new string(' ', _drawn) + "\r");
                _error.Flush();
            }
        }
    }

    /// <summary>The terminal columns a text takes, roughly: two for a character of the East Asian scripts and the
    /// full-width forms (from U+2E80), one for any other.</summary>
    internal static int Columns(string text)
    {
        int columns = 0;
        foreach (char c in text)
        {
            columns += c >= '\u2E80' ? 2 : 1;
        }
        return columns;
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
            string text = _status(_clock.Elapsed);
            // Wide (CJK) characters take two columns; the padding erases what a longer previous line left.
            int width = Columns(text);
            _error.Write("\r" + text + new string(' ', Math.Max(0, _drawn - width)));
            _error.Flush();
            _drawn = Math.Max(_drawn, width);
        }
    }
}
