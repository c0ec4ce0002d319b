using System.Buffers;
using System.Reflection;

namespace SitRep.Files;

/// <summary>
/// Resources embedded in an assembly, read without copying when the runtime maps them into memory (as
/// Native AOT and the JIT both do for a loaded assembly): a brief's fonts are several megabytes, and copying
/// them was a tenth of a cold build.
/// </summary>
internal static class EmbeddedResource
{
    /// <summary>The bytes of <paramref name="name"/> in <paramref name="assembly"/>, or null when it has no such resource.</summary>
    public static ReadOnlyMemory<byte>? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
            return null;
        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
            return Mapped(mapped);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static unsafe ReadOnlyMemory<byte> Mapped(UnmanagedMemoryStream stream) =>
        new MappedMemory(stream.PositionPointer, (int)stream.Length).Memory;

    /// <summary>Memory the loaded assembly's image holds for the life of the process; nothing to free or pin.</summary>
    private sealed unsafe class MappedMemory(byte* pointer, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
