using System.Diagnostics;
using SitRep.Files;

namespace SitRep.Tests.Files;

public sealed class InputFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sitrep-files-").FullName;
    private readonly string outside = Directory.CreateTempSubdirectory("sitrep-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(root, recursive: true);
        Directory.Delete(outside, recursive: true);
    }

    private InputFolder Folder() => new(root, "situation", "situation");

    [Fact]
    public void Reads_a_regular_file_and_records_its_hash()
    {
        File.WriteAllText(Path.Combine(root, "a.yaml"), "abc");
        var folder = Folder();

        Assert.Equal("abc"u8.ToArray(), folder.ReadBytes("a.yaml", 100));
        var (path, sha) = Assert.Single(folder.FilesRead);
        Assert.Equal("a.yaml", path);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha);
    }

    [Fact]
    public void Refuses_a_symbolic_link_without_reading_its_target()
    {
        var secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET LINE");
        File.CreateSymbolicLink(Path.Combine(root, "a.txt"), secret);

        var error = Assert.Throws<InputFileError>(() => Folder().ReadBytes("a.txt", 100));
        Assert.Contains("symbolic link", error.Message);
        Assert.DoesNotContain("SECRET", error.Message);
        Assert.DoesNotContain(outside, error.Message);
        Assert.Empty(Folder().FilesRead);
    }

    [Fact]
    public void Refuses_a_path_through_a_linked_folder()
    {
        File.WriteAllText(Path.Combine(outside, "x.txt"), "x");
        Directory.CreateSymbolicLink(Path.Combine(root, "sources"), outside);

        var error = Assert.Throws<InputFileError>(() => Folder().ReadBytes("sources/x.txt", 100));
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void Refuses_a_hard_link_to_a_file_elsewhere()
    {
        var target = Path.Combine(outside, "shadow");
        File.WriteAllText(target, "root:x:0");
        Run("ln", target, Path.Combine(root, "h.txt"));

        var error = Assert.Throws<InputFileError>(() => Folder().ReadBytes("h.txt", 100));
        Assert.Contains("hard links", error.Message);
        Assert.DoesNotContain("root:x", error.Message);
    }

    [Fact]
    public void Refuses_a_fifo_at_once_instead_of_hanging()
    {
        Run("mkfifo", Path.Combine(root, "pipe.txt"));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<InputFileError>(() => Folder().ReadBytes("pipe.txt", 100));
        Assert.Contains("not a regular file", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Refuses_a_file_over_its_limit_before_reading_it()
    {
        using (var file = File.Create(Path.Combine(root, "big.txt")))
            file.SetLength(2L * 1024 * 1024 * 1024); // sparse: nothing is allocated

        var error = Assert.Throws<InputFileError>(() => Folder().ReadBytes("big.txt", 1024));
        Assert.Contains("limit", error.Message);
    }

    [Theory]
    [InlineData("../x.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a/./b")]
    [InlineData("a\\b")]
    public void Refuses_paths_that_could_leave_the_folder(string path)
    {
        var error = Assert.Throws<InputFileError>(() => Folder().ReadBytes(path, 100));
        Assert.Contains("folder", error.Message);
    }

    [Fact]
    public void Lists_only_regular_files()
    {
        File.WriteAllText(Path.Combine(root, "b.txt"), "b");
        File.WriteAllText(Path.Combine(root, "a.txt"), "a");
        File.CreateSymbolicLink(Path.Combine(root, "c.txt"), "/etc/passwd");
        Run("mkfifo", Path.Combine(root, "d.txt"));
        Directory.CreateDirectory(Path.Combine(root, "e"));

        Assert.Equal(["a.txt", "b.txt"], Folder().ListFiles(""));
    }

    [Fact]
    public void Reports_a_missing_file_and_a_folder_in_plain_words()
    {
        Directory.CreateDirectory(Path.Combine(root, "dir"));
        Assert.Equal("file not found", Assert.Throws<InputFileError>(() => Folder().ReadBytes("nope.txt", 10)).Message);
        Assert.Equal("is a folder, not a file", Assert.Throws<InputFileError>(() => Folder().ReadBytes("dir", 10)).Message);
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
