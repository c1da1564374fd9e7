namespace Tendinopathy.Rules.Cohort;

/// <summary>
/// Runs a function over a stream on a bounded number of threads and returns the results in input order. At most
/// <c>window</c> items are in flight or waiting to be read, so memory stays flat in the length of the stream.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism, int window,
        CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var pending = new Queue<Task<TOut>>(window);
        try
        {
            using var items = source.GetEnumerator();
            var exhausted = false;
            while (true)
            {
                while (!exhausted && pending.Count < window)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!items.MoveNext())
                    {
                        exhausted = true;
                        break;
                    }
                    var item = items.Current;
                    pending.Enqueue(Task.Factory.StartNew(() => work(item), cancellationToken, TaskCreationOptions.None, scheduler));
                }
                if (pending.Count == 0) yield break;
                var head = pending.Dequeue();
                yield return head.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Stopped early (cancelled, faulted or abandoned by the reader): let started work finish before returning, so no
            // evaluation outlives the enumeration. Their outcomes (or faults) are dropped.
            WaitQuietly(pending);
        }
    }

    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int parallelism,
        int window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var pending = new Queue<Task<TOut>>(window);
        try
        {
            using var items = source.GetEnumerator();
            var exhausted = false;
            while (true)
            {
                while (!exhausted && pending.Count < window)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!items.MoveNext())
                    {
                        exhausted = true;
                        break;
                    }
                    var item = items.Current;
                    pending.Enqueue(Task.Factory.StartNew(() => work(item), cancellationToken, TaskCreationOptions.None, scheduler));
                }
                if (pending.Count == 0) yield break;
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            await WhenAllQuietly(pending).ConfigureAwait(false);
        }
    }

    // Waits for every pending task without throwing (their faults are reported through their own results).
    private static void WaitQuietly(IEnumerable<Task> pending)
    {
        try
        {
            Task.WhenAll(pending).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Observed by the caller through the individual tasks.
        }
    }

    private static async Task WhenAllQuietly(IEnumerable<Task> pending)
    {
        try
        {
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Observed by the caller through the individual tasks.
        }
    }
}
