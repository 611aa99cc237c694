namespace SlmAssistant.Admin.Features.Upload;

/// <summary>A file as a request carried it: the client's name (metadata only), its length and a way to read it.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> OpenReadStream);
