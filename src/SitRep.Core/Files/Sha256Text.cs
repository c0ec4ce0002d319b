namespace SitRep.Files;

/// <summary>
/// Text hashed as UTF-8 while it is appended, without the whole string or its bytes ever being built: a long brief's
/// Markdown runs to megabytes, and each copy of that size is a large-object allocation, which the runtime pays for
/// with a full collection. The digest is that of <c>Encoding.UTF8.GetBytes</c> of all the text appended.
/// </summary>
internal sealed class Sha256Text
{
    private const int CharsPerStep = 8192;
    private readonly System.Text.Encoder encoder = System.Text.Encoding.UTF8.GetEncoder();
    private readonly byte[] buffer = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(CharsPerStep)];
    private readonly Sha256? managed;
    private readonly System.Security.Cryptography.IncrementalHash? platform;

    /// <param name="expectedChars">About how long the text will be: OpenSSL hashes a long one (as <see cref="Sha256.HashData(ReadOnlySpan{byte})"/> decides).</param>
    public Sha256Text(long expectedChars)
    {
        if (expectedChars >= Sha256.PlatformFrom)
            platform = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        else
            managed = new Sha256();
    }

    public Sha256Text Append(string? text) => Append(text.AsSpan());

    public Sha256Text Append(char c) => Append([c]);

    public Sha256Text Append(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var step = text[..Math.Min(text.Length, CharsPerStep)];
            encoder.Convert(step, buffer, flush: false, out var used, out var written, out _);
            Write(buffer.AsSpan(0, written));
            text = text[used..];
        }

        return this;
    }

    public string Hex()
    {
        encoder.Convert([], buffer, flush: true, out _, out var written, out _);
        Write(buffer.AsSpan(0, written));
        return Convert.ToHexStringLower(platform is not null ? platform.GetHashAndReset() : managed!.Finish());
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (platform is not null)
            platform.AppendData(bytes);
        else
            managed!.Append(bytes);
    }
}
