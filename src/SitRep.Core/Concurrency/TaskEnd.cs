namespace SitRep.Concurrency;

/// <summary>Waiting for work to end whatever its outcome, where its failure is reported elsewhere or not at all.</summary>
public static class TaskEnd
{
    /// <summary>Returns once <paramref name="task"/>, if there is one, has ended, without rethrowing its exception.</summary>
    public static void Await(Task? task) =>
        task?.ContinueWith(static _ => { }, TaskContinuationOptions.ExecuteSynchronously).Wait();
}
