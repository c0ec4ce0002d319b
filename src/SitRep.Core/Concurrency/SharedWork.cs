namespace SitRep.Concurrency;

/// <summary>
/// Work queued to the thread pool that the thread needing its result runs itself if no pool thread has started
/// it yet. With two cores and the pool busy loading native libraries, a thread waiting on a queued task would
/// sit idle; this one does the work instead. Either way it runs once.
/// </summary>
public sealed class SharedWork<T>
{
    private readonly Func<T> work;
    private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int taken;

    public SharedWork(Func<T> work)
    {
        this.work = work;
        ThreadPool.QueueUserWorkItem(static self => self.Run(), this, preferLocal: false);
    }

    /// <summary>The result, computed here when no other thread has begun; an exception is rethrown as thrown.</summary>
    public T Result
    {
        get
        {
            Run();
            return done.Task.GetAwaiter().GetResult();
        }
    }

    private void Run()
    {
        if (Interlocked.Exchange(ref taken, 1) != 0)
            return;
        try
        {
            done.SetResult(work());
        }
        catch (Exception e)
        {
            done.SetException(e);
        }
    }
}
