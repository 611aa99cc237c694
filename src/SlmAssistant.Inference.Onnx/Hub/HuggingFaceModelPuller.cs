using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace SlmAssistant.Inference.Onnx.Hub;

/// <summary>
/// Pulls model files from a Hugging Face hub (or a mirror: <see cref="HuggingFaceHubOptions.Endpoint"/>) over its
/// HTTP API: lists the repository tree, downloads each included file to <c>&lt;path&gt;.partial</c> (resuming with
/// a Range request when one is there), checks its size and, for LFS files, its SHA-256, then renames it into place.
/// Files already in place with the listed size are skipped: only verified files are ever renamed into place.
/// </summary>
/// <remarks>Takes its <see cref="HttpClient"/> from the caller, so it fits <c>IHttpClientFactory</c> (a typed client).</remarks>
public sealed class HuggingFaceModelPuller(HttpClient httpClient, HuggingFaceHubOptions? options = null)
{
    private const string PartialSuffix = ".partial";
    private const int BufferSize = 81920;

    private readonly HuggingFaceHubOptions _options = options ?? HuggingFaceHubOptions.FromEnvironment();

    public async Task<ModelPullResult> PullAsync(
        ModelPullRequest request, IProgress<ModelPullProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = Path.GetFullPath(request.TargetDirectory);
        var filter = new GlobFilter(request.Include);
        var files = (await ListFilesAsync(request.Repository, request.Revision, cancellationToken)).Where(file => filter.Includes(file.Path)).ToList();
        if (files.Count == 0)
        {
            throw new ModelPullException($"No file of '{request.Repository}' at '{request.Revision}' matches {string.Join(" ", request.Include)}.");
        }

        // Check every path before writing anything, so an unsafe listing leaves the disk untouched.
        var localPaths = files.ToDictionary(file => file.Path, file => LocalPath(target, file.Path));
        Directory.CreateDirectory(target);
        var pulled = new List<PulledFile>();
        foreach (var file in files)
        {
            pulled.Add(await PullFileAsync(request, file, localPaths[file.Path], progress, cancellationToken));
        }

        var config = pulled.FirstOrDefault(file => Path.GetFileName(file.Path) == "genai_config.json");
        return new ModelPullResult(pulled, config is null ? null : Path.GetDirectoryName(config.LocalPath));
    }

    /// <summary>Every file of the repository at <paramref name="revision"/>, following the API's pagination.</summary>
    public async Task<IReadOnlyList<HubFileEntry>> ListFilesAsync(string repository, string revision = "main", CancellationToken cancellationToken = default)
    {
        ValidateRepository(repository);
        var files = new List<HubFileEntry>();
        Uri? next = Resolve($"api/models/{repository}/tree/{Uri.EscapeDataString(revision)}?recursive=true");
        while (next is not null)
        {
            using var response = await SendAsync(next, null, cancellationToken);
            var entries = await response.Content.ReadFromJsonAsync<List<HubTreeEntry>>(cancellationToken)
                ?? throw new ModelPullException($"The hub answered an empty tree for '{repository}' at '{revision}'.");
            files.AddRange(entries
                .Where(entry => entry.Type is null or "file" && entry.Path is not null)
                .Select(entry => new HubFileEntry(entry.Path!, entry.Lfs?.Size ?? entry.Size, entry.Lfs?.Oid)));
            next = NextPage(response);
        }

        return files;
    }

    private async Task<PulledFile> PullFileAsync(
        ModelPullRequest request, HubFileEntry file, string localPath, IProgress<ModelPullProgress>? progress, CancellationToken cancellationToken)
    {
        if (File.Exists(localPath) && new FileInfo(localPath).Length == file.Size)
        {
            progress?.Report(new ModelPullProgress(file.Path, file.Size, file.Size, ModelPullFileState.Skipped));
            return new PulledFile(file.Path, localPath, file.Size, ModelPullFileState.Skipped, 0);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(localPath)!);
        var partial = localPath + PartialSuffix;
        var resumeFrom = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        if (resumeFrom > file.Size)
        {
            File.Delete(partial);
            resumeFrom = 0;
        }

        var url = Resolve($"{request.Repository}/resolve/{Uri.EscapeDataString(request.Revision)}/{EscapePath(file.Path)}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (resumeFrom == file.Size)
        {
            // Interrupted between the last byte and the rename: nothing left to ask for (a Range request would get 416).
            await using var complete = new FileStream(partial, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
            await HashAsync(complete, hash, cancellationToken);
        }
        else
        {
            using var response = await SendAsync(url, resumeFrom > 0 ? resumeFrom : null, cancellationToken);
            var append = resumeFrom > 0 && response.StatusCode == HttpStatusCode.PartialContent;
            resumeFrom = append ? resumeFrom : 0;
            await using var output = new FileStream(partial, append ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite, FileShare.None, BufferSize, useAsync: true);
            if (append && file.Sha256 is not null)
            {
                await HashAsync(output, hash, cancellationToken);
            }

            output.Seek(resumeFrom, SeekOrigin.Begin);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await CopyAsync(body, output, hash, file, resumeFrom, progress, cancellationToken);
        }

        Verify(file, partial, hash);
        File.Move(partial, localPath, overwrite: true);
        progress?.Report(new ModelPullProgress(file.Path, file.Size, file.Size, ModelPullFileState.Completed));
        return new PulledFile(file.Path, localPath, file.Size, ModelPullFileState.Completed, resumeFrom);
    }

    private static async Task CopyAsync(
        Stream body, FileStream output, IncrementalHash hash, HubFileEntry file, long done, IProgress<ModelPullProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        progress?.Report(new ModelPullProgress(file.Path, done, file.Size, ModelPullFileState.Downloading));
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            hash.AppendData(buffer, 0, read);
            done += read;
            progress?.Report(new ModelPullProgress(file.Path, done, file.Size, ModelPullFileState.Downloading));
        }
    }

    private static async Task HashAsync(FileStream existing, IncrementalHash hash, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        existing.Seek(0, SeekOrigin.Begin);
        int read;
        while ((read = await existing.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }

    /// <summary>A wrong size or checksum deletes the .partial file: it cannot be resumed into a good one.</summary>
    private static void Verify(HubFileEntry file, string partial, IncrementalHash hash)
    {
        var size = new FileInfo(partial).Length;
        var problem = size != file.Size
            ? $"its size is {size} bytes, the hub lists {file.Size}"
            : file.Sha256 is { } expected && !string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), expected, StringComparison.OrdinalIgnoreCase)
                ? $"its SHA-256 does not match the hub's {expected}"
                : null;
        if (problem is not null)
        {
            File.Delete(partial);
            throw new ModelPullException($"The download of '{file.Path}' is corrupt: {problem}. It was deleted; pull again.");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, long? rangeFrom, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (_options.Token is { } token)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (rangeFrom is long from)
        {
            message.Headers.Range = new RangeHeaderValue(from, null);
        }

        var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var status = response.StatusCode;
        response.Dispose();
        var hint = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => " The repository may be gated or private: set HF_TOKEN.",
            HttpStatusCode.NotFound => " Check the repository name, the revision and the path.",
            _ => string.Empty,
        };
        throw new ModelPullException($"GET {url} answered {(int)status} {status}.{hint}");
    }

    private static Uri? NextPage(HttpResponseMessage response)
    {
        // Link: <https://…/tree/main?recursive=true&cursor=…>; rel="next"
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        foreach (var link in links.SelectMany(value => value.Split(',')))
        {
            var parts = link.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length > 1 && parts.Skip(1).Any(part => part.Replace(" ", string.Empty, StringComparison.Ordinal) == "rel=\"next\""))
            {
                return new Uri(response.RequestMessage!.RequestUri!, parts[0].Trim('<', '>'));
            }
        }

        return null;
    }

    /// <summary>A server-given path must stay inside the target folder: relative, forward slashes, no dot segments.</summary>
    private static string LocalPath(string target, string path)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal)
            || segments.Any(segment => segment is "" or "." or ".."))
        {
            throw new ModelPullException($"The hub listed an unsafe file path '{path}'; nothing was downloaded.");
        }

        var full = Path.GetFullPath(Path.Combine([target, .. segments]));
        if (!full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ModelPullException($"The hub listed a file path '{path}' outside '{target}'; nothing was downloaded.");
        }

        return full;
    }

    private static void ValidateRepository(string repository)
    {
        var parts = repository?.Split('/') ?? [];
        if (parts.Length is < 1 or > 2 || parts.Any(part => part is "" or "." or ".." || part.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))))
        {
            throw new ArgumentException($"'{repository}' is not a hub repository id (owner/name).", nameof(repository));
        }
    }

    /// <summary>Relative to the endpoint, keeping a mirror's path prefix (<c>https://mirror/hf</c>).</summary>
    private Uri Resolve(string relative) => new($"{_options.Endpoint.AbsoluteUri.TrimEnd('/')}/{relative}");

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
