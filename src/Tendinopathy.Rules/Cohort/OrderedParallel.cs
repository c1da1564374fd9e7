using System.Runtime.ExceptionServices;

namespace Tendinopathy.Rules.Cohort;

/// <summary>
/// Runs a function over a stream on a bounded number of threads and returns the results in input order. At most
/// <c>window</c> items are in flight or waiting to be read, so memory stays flat in the length of the stream.
/// </summary>
/// <remarks>
/// One thread: the work runs inline on the reader's thread (no hand-off at all). Several threads: that many long-lived
/// workers pull small chunks of the input (under one lock, so the source is read by one thread at a time) and put each
/// result in its slot of a ring of <c>window</c> slots; the reader takes the slots in order and wakes a worker when a slot
/// frees. No task or closure per item, and a result lives only until the reader takes it.
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Items a worker takes from the source at once (fewer lock round trips; small enough to keep the order tight).</summary>
    private const int MaxChunk = 8;

    public static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism, int window,
        CancellationToken cancellationToken)
    {
        if (parallelism <= 1) return RunInline(source, work, cancellationToken);
        return RunParallel(source, work, parallelism, window, cancellationToken);
    }

    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism,
        int window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (parallelism <= 1)
        {
            foreach (var item in RunInline(source, work, cancellationToken)) yield return item;
            yield break;
        }

        using var ring = new Ring<TIn, TOut>(source, work, parallelism, window, cancellationToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ring.TryTake(out var value, out var done)) yield return value;
            else if (done) yield break;
            else await ring.WaitAsync().ConfigureAwait(false);
        }
    }

    private static IEnumerable<TOut> RunInline<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return work(item);
        }
    }

    private static IEnumerable<TOut> RunParallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism, int window,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var ring = new Ring<TIn, TOut>(source, work, parallelism, window, cancellationToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ring.TryTake(out var value, out var done)) yield return value;
            else if (done) yield break;
            else ring.Wait();
        }
    }

    /// <summary>The ordered bounded window shared by the workers and the reader.</summary>
    private sealed class Ring<TIn, TOut> : IDisposable
    {
        private struct Slot
        {
            public bool Ready;
            public TOut Value;
            public ExceptionDispatchInfo? Error;
        }

        private readonly object _gate = new();
        private readonly IEnumerator<TIn> _source;
        private readonly Func<TIn, TOut> _work;
        private readonly Slot[] _slots;
        private readonly int _chunk;
        private readonly CancellationToken _cancellationToken;
        private readonly SemaphoreSlim _readerSignal = new(0);
        private readonly Thread[] _workers;

        private long _next;                 // next input index to take from the source
        private long _read;                 // next index the reader returns
        private long _end = long.MaxValue;  // number of inputs, once the source is exhausted (or failed)
        private ExceptionDispatchInfo? _sourceError;
        private bool _stopping;
        private bool _readerWaiting;
        private int _waitingWorkers;

        public Ring(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism, int window, CancellationToken cancellationToken)
        {
            _source = source.GetEnumerator();
            _work = work;
            window = Math.Max(window, parallelism);
            _slots = new Slot[window];
            _chunk = Math.Max(1, Math.Min(MaxChunk, window / (2 * parallelism)));
            _cancellationToken = cancellationToken;
            _workers = new Thread[parallelism];
            for (var i = 0; i < _workers.Length; i++)
            {
                _workers[i] = new Thread(WorkerLoop) { IsBackground = true, Name = "Tendinopathy cohort worker " + (i + 1) };
                _workers[i].Start();
            }
        }

        /// <summary>Takes the next result in input order if it is ready; <paramref name="done"/> when every input has been returned.</summary>
        public bool TryTake(out TOut value, out bool done)
        {
            ExceptionDispatchInfo? error;
            lock (_gate)
            {
                if (_read >= _end)
                {
                    value = default!;
                    done = true;
                    error = _sourceError;
                    _sourceError = null;
                }
                else
                {
                    ref var slot = ref _slots[_read % _slots.Length];
                    if (!slot.Ready)
                    {
                        _readerWaiting = true;
                        value = default!;
                        done = false;
                        return false;
                    }
                    value = slot.Value;
                    error = slot.Error;
                    slot = default;
                    _read++;
                    done = false;
                    if (_waitingWorkers > 0) Monitor.PulseAll(_gate);
                }
            }
            error?.Throw();
            return !done;
        }

        /// <summary>Blocks until the result the reader waits for is ready (call after <see cref="TryTake"/> returned false).</summary>
        public void Wait() => _readerSignal.Wait(_cancellationToken);

        /// <summary>Waits asynchronously until the result the reader waits for is ready.</summary>
        public Task WaitAsync() => _readerSignal.WaitAsync(_cancellationToken);

        private void WorkerLoop()
        {
            var buffer = new TIn[_chunk];
            while (true)
            {
                long first;
                int count;
                lock (_gate)
                {
                    while (!_stopping && _end == long.MaxValue && _next - _read >= _slots.Length)
                    {
                        _waitingWorkers++;
                        Monitor.Wait(_gate);
                        _waitingWorkers--;
                    }
                    if (_stopping || _end != long.MaxValue || _cancellationToken.IsCancellationRequested) return;

                    var wanted = (int)Math.Min(_chunk, _slots.Length - (_next - _read));
                    first = _next;
                    count = 0;
                    try
                    {
                        while (count < wanted && _source.MoveNext()) buffer[count++] = _source.Current;
                        if (count < wanted) _end = first + count;
                    }
                    catch (Exception e)
                    {
                        // Reported to the reader once it has read every result before the failure.
                        _sourceError = ExceptionDispatchInfo.Capture(e);
                        _end = first + count;
                    }
                    _next = first + count;
                    if (_end != long.MaxValue) WakeReader();
                }

                for (var i = 0; i < count; i++)
                {
                    TOut value = default!;
                    ExceptionDispatchInfo? error = null;
                    try
                    {
                        value = _work(buffer[i]);
                    }
                    catch (Exception e)
                    {
                        error = ExceptionDispatchInfo.Capture(e);
                    }
                    buffer[i] = default!;

                    lock (_gate)
                    {
                        ref var slot = ref _slots[(first + i) % _slots.Length];
                        slot.Value = value;
                        slot.Error = error;
                        slot.Ready = true;
                        if (first + i == _read) WakeReader();
                    }
                }
            }
        }

        // Under _gate.
        private void WakeReader()
        {
            if (!_readerWaiting) return;
            _readerWaiting = false;
            _readerSignal.Release();
        }

        public void Dispose()
        {
            // Stopped early (cancelled, faulted or abandoned by the reader) or finished: let started work finish, so no
            // evaluation outlives the enumeration. Outcomes not read are dropped.
            lock (_gate)
            {
                _stopping = true;
                Monitor.PulseAll(_gate);
            }
            foreach (var worker in _workers) worker.Join();
            _source.Dispose();
            _readerSignal.Dispose();
        }
    }
}
