using System.Security.Cryptography;

namespace SlmAssistant.Storage;

/// <summary>
/// A random secret kept in a file of its own (mode 0600 in a 0700 folder), generated once on first use: keys the
/// process needs across restarts that must not sit in the database beside what they protect.
/// </summary>
public static class SecretFile
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The secret in <paramref name="directory"/>/<paramref name="name"/>.key, created with <paramref name="length"/> random bytes if missing.</summary>
    public static byte[] GetOrCreate(string directory, string name, int length)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 16);
        var path = Path.Combine(directory, name + ".key");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyFolder);
        }

        try
        {
            var created = RandomNumberGenerator.GetBytes(length);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile;
            }

            using (var stream = new FileStream(path, options))
            {
                stream.Write(created);
            }

            return created;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (or thread) made it first: use theirs.
            return ReadExisting(path, length);
        }
    }

    private static byte[] ReadExisting(string path, int length)
    {
        for (var attempt = 0; ; attempt++)
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length >= length || attempt == 50)
            {
                return bytes.Length >= 16 ? bytes : throw new InvalidDataException($"The secret file {path} is truncated.");
            }

            Thread.Sleep(10); // The creator is still writing it.
        }
    }
}
