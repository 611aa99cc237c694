using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using SlmAssistant.Bot.DirectLine;
using SlmAssistant.Bot.Protocol;
using Activity = SlmAssistant.Bot.Protocol.Activity;

namespace SlmAssistant.Tools.LoadTesting;

/// <summary>
/// The chat benchmark: many Direct Line conversations at once, their replies read from each conversation's WebSocket
/// as Web Chat would. Closed loop: each conversation asks its next question once the last was answered and its think
/// time has passed. Open loop: questions arrive at a fixed mean rate over the conversations, answered or not. Latency
/// runs from a question's post (closed) or its scheduled arrival (open) to the bot's answer message on the stream.
/// </summary>
public sealed class DirectLineLoadGenerator(HttpClient http)
{
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private long _questions;

    public async Task<DirectLineLoadResult> RunAsync(DirectLineLoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Conversations, 1);
        _errors.Clear();
        _questions = 0;
        if (options.ArrivalRate is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The arrival rate must be positive.");
        }

        var latencies = new LatencyRecorder();
        await using var memory = options.ServerProcessId is { } pid ? new MemorySampler(pid, options.MemorySampleInterval) : null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Duration);

        var clock = Stopwatch.StartNew();
        if (options.ArrivalRate is { } rate)
        {
            await RunOpenLoopAsync(options, rate, latencies, deadline.Token, cancellationToken);
        }
        else
        {
            var workers = Enumerable.Range(0, options.Conversations)
                .Select(i => ConverseAsync(options, i, latencies, deadline.Token))
                .ToList();
            await Task.WhenAll(workers);
        }

        clock.Stop();
        cancellationToken.ThrowIfCancellationRequested();

        var replies = latencies.Count;
        return new DirectLineLoadResult(
            options.ArrivalRate is null ? "closed" : "open",
            options.Conversations,
            Interlocked.Read(ref _questions),
            clock.Elapsed,
            replies,
            _errors.Values.Sum(),
            replies / Math.Max(clock.Elapsed.TotalSeconds, 0.001),
            latencies.Percentile(50),
            latencies.Percentile(95),
            latencies.Percentile(100),
            memory?.PeakBytes,
            new Dictionary<string, long>(_errors));
    }

    private async Task ConverseAsync(DirectLineLoadOptions options, int index, LatencyRecorder latencies, CancellationToken deadline)
    {
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                await RunConversationAsync(options, index, latencies, deadline);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or WebSocketException or TimeoutException or InvalidOperationException)
            {
                Count(ex is TimeoutException ? "reply timeout" : ex.GetType().Name);
                await Task.Delay(TimeSpan.FromMilliseconds(500), deadline).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunConversationAsync(DirectLineLoadOptions options, int index, LatencyRecorder latencies, CancellationToken deadline)
    {
        await using var stream = await OpenAsync(options, deadline);
        var random = new Random(options.Seed + index);

        // The first question comes after a think time too, so conversations do not all start at once.
        for (var turn = 0; !deadline.IsCancellationRequested; turn++)
        {
            if (options.ThinkTime > TimeSpan.Zero)
            {
                await Task.Delay(options.ThinkTime * (0.5 + random.NextDouble()), deadline);
            }

            var question = options.Questions[(index + turn) % options.Questions.Count];
            await AskOnceAsync(options, stream, question, Stopwatch.GetTimestamp(), latencies, deadline);
        }
    }

    /// <summary>
    /// Starts every conversation and its stream, then schedules questions at exponential intervals (mean 1/rate),
    /// each to the next conversation in turn; a question unanswered within the reply timeout is an error. Arrivals stop
    /// at the deadline; questions already asked are still waited for (up to the reply timeout), so a slow server's
    /// last replies count as late replies rather than vanish.
    /// </summary>
    private async Task RunOpenLoopAsync(
        DirectLineLoadOptions options, double rate, LatencyRecorder latencies, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var streams = new List<OpenConversation>();
        try
        {
            foreach (var batch in Enumerable.Range(0, options.Conversations).Chunk(20))
            {
                streams.AddRange(await Task.WhenAll(batch.Select(_ => OpenAsync(options, deadline))));
            }

            var random = new Random(options.Seed);
            var pending = new List<Task>();
            var start = Stopwatch.GetTimestamp();
            var due = 0.0;
            for (var n = 0; !deadline.IsCancellationRequested; n++)
            {
                due += -Math.Log(1 - random.NextDouble()) / rate;
                var wait = TimeSpan.FromSeconds(due) - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, deadline).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                if (deadline.IsCancellationRequested)
                {
                    break;
                }

                var scheduledAt = start + (long)(due * Stopwatch.Frequency);
                var stream = streams[n % streams.Count];
                pending.Add(AskAsync(options, stream, options.Questions[n % options.Questions.Count], scheduledAt, latencies, cancellationToken));
                pending.RemoveAll(t => t.IsCompleted);
            }

            await Task.WhenAll(pending);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private async Task AskAsync(
        DirectLineLoadOptions options, OpenConversation stream, string question, long scheduledAt, LatencyRecorder latencies, CancellationToken cancellationToken)
    {
        try
        {
            await AskOnceAsync(options, stream, question, scheduledAt, latencies, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException)
        {
            Count(ex is TimeoutException ? "reply timeout" : ex.GetType().Name);
        }
    }

    /// <summary>Posts a question and records the time from <paramref name="startedAt"/> to its answer on the stream.</summary>
    private async Task AskOnceAsync(
        DirectLineLoadOptions options, OpenConversation stream, string question, long startedAt, LatencyRecorder latencies, CancellationToken deadline)
    {
        Interlocked.Increment(ref _questions);
        var id = await PostAsync(options, stream.Conversation, question, deadline);
        var reply = stream.Replies.GetOrAdd(id, _ => NewCompletion());
        var answeredAt = await reply.Task.WaitAsync(options.ReplyTimeout, deadline);
        latencies.Record(Stopwatch.GetElapsedTime(startedAt, answeredAt));
        stream.Replies.TryRemove(id, out _);
    }

    /// <summary>Starts a conversation and connects its stream, whose replies are read until it is disposed.</summary>
    private async Task<OpenConversation> OpenAsync(DirectLineLoadOptions options, CancellationToken cancellationToken)
    {
        var conversation = await StartAsync(options, cancellationToken);
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(conversation.StreamUrl!), cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var replies = new ConcurrentDictionary<string, TaskCompletionSource<long>>(StringComparer.Ordinal);
        var stop = new CancellationTokenSource();
        return new OpenConversation(conversation, socket, replies, stop, ReadRepliesAsync(socket, replies, stop.Token));
    }

    private sealed record OpenConversation(
        DirectLineConversation Conversation,
        ClientWebSocket Socket,
        ConcurrentDictionary<string, TaskCompletionSource<long>> Replies,
        CancellationTokenSource Stop,
        Task Reading) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Stop.CancelAsync();
            await Reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Socket.Dispose();
            Stop.Dispose();
        }
    }

    private async Task<DirectLineConversation> StartAsync(DirectLineLoadOptions options, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseAddress, "v3/directline/conversations"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<DirectLineConversation>(ProtocolJson.Options, cancellationToken)
            ?? throw new InvalidOperationException("Starting a conversation returned no body.");
    }

    private async Task<string> PostAsync(DirectLineLoadOptions options, DirectLineConversation conversation, string text, CancellationToken cancellationToken)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("load-user", Role: "user") };
        var uri = new Uri(options.BaseAddress, $"v3/directline/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/activities");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(activity, options: ProtocolJson.Options) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var posted = await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options, cancellationToken);
        return posted?.Id ?? throw new InvalidOperationException("Posting an activity returned no id.");
    }

    // The first bot message that replies to a question is its answer (typing and livestream updates are not).
    private static async Task ReadRepliesAsync(
        ClientWebSocket socket, ConcurrentDictionary<string, TaskCompletionSource<long>> replies, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var receivedAt = Stopwatch.GetTimestamp();
            if (message.Length > 0)
            {
                message.Position = 0;
                var set = System.Text.Json.JsonSerializer.Deserialize<ActivitySet>(message, ProtocolJson.Options);
                foreach (var activity in set?.Activities ?? [])
                {
                    if (activity is { Type: ActivityTypes.Message, From.Role: "bot", ReplyToId: { } replyTo })
                    {
                        replies.GetOrAdd(replyTo, _ => NewCompletion()).TrySetResult(receivedAt);
                    }
                }
            }

            message.SetLength(0);
        }
    }

    private static TaskCompletionSource<long> NewCompletion() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Count(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
