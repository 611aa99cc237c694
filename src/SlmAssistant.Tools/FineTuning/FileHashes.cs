using System.Security.Cryptography;

namespace SlmAssistant.Tools.FineTuning;

/// <summary>SHA-256 of a file in lower-case hex, the form job.json and the candidate registry record.</summary>
public static class FileHashes
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
