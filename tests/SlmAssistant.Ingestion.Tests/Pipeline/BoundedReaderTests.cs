using System.IO.Pipes;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Ingestion.Tests.Pipeline;

public sealed class BoundedReaderTests
{
    [Fact]
    public async Task StreamWithinTheLimitIsReadWhole()
    {
        var bytes = await BoundedReader.ReadAsync(new MemoryStream(new byte[1000]), maxBytes: 1000, CancellationToken.None);

        Assert.Equal(1000, bytes!.Length);
    }

    [Fact]
    public async Task SeekableStreamOverTheLimitIsRefusedWithoutReading()
    {
        var stream = new MemoryStream(new byte[1001]);

        Assert.Null(await BoundedReader.ReadAsync(stream, maxBytes: 1000, CancellationToken.None));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task UnseekableStreamOverTheLimitIsRefusedOnceTheLimitIsPassed()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        var writer = Task.Run(async () =>
        {
            try
            {
                await server.WriteAsync(new byte[4_000_000]);
            }
            catch (IOException)
            {
                // The reader stopped early and closed its end: exactly what this test wants.
            }
        });

        var bytes = await BoundedReader.ReadAsync(client, maxBytes: 100_000, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(bytes);
        Assert.False(client.CanSeek);
        client.Dispose();
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
