using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>
/// The OpenAI-compatible API under <c>/v1</c>, mapped only when <c>Serving:OpenAI:Enabled</c>: bearer keys checked
/// on every route, a fixed-window rate limit per key (ASP.NET Core rate limiting), and errors in OpenAI's shape.
/// </summary>
public static class OpenAIServingExtensions
{
    public const string RateLimitPolicy = "openai-per-key";

    public static WebApplicationBuilder AddOpenAIServing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OpenAIServingOptions>()
            .BindConfiguration(OpenAIServingOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || o.UsableKeys.Any(), $"{OpenAIServingOptions.SectionName}:Enabled needs at least one key in {OpenAIServingOptions.SectionName}:ApiKeys (from the environment or user secrets, e.g. Serving__OpenAI__ApiKeys__0).")
            .ValidateOnStart();
        builder.Services.AddSingleton<OpenAIKeys>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                // An unknown key is refused by the key check with 401; only known keys get (and spend) a window.
                var partition = context.RequestServices.GetRequiredService<OpenAIKeys>().PartitionOf(context.Request);
                if (partition is null)
                {
                    return RateLimitPartition.GetNoLimiter("no-key");
                }

                var options = context.RequestServices.GetRequiredService<IOptions<OpenAIServingOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerWindow,
                    Window = TimeSpan.FromSeconds(options.RateLimitWindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    public static WebApplication MapOpenAI(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<OpenAIServingOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseRateLimiter();
        var v1 = app.MapGroup("/v1").WithTags("OpenAI").RequireRateLimiting(RateLimitPolicy).AddEndpointFilter(RequireKeyAsync);
        v1.MapGet("/models", OpenAIModels.List).WithName("OpenAIModels");
        v1.MapGet("/models/{id}", OpenAIModels.Get).WithName("OpenAIModel");
        v1.MapPost("/chat/completions", ChatCompletionsEndpoint.HandleAsync).WithName("OpenAIChatCompletions");
        v1.MapPost("/embeddings", EmbeddingsEndpoint.HandleAsync).WithName("OpenAIEmbeddings");
        return app;
    }

    private static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetRequiredService<OpenAIKeys>().PartitionOf(http.Request) is not null)
        {
            return await next(context);
        }

        http.Response.Headers.WWWAuthenticate = "Bearer";
        var message = http.Request.Headers.Authorization.Count == 0
            ? "You didn't provide an API key. Provide it in an Authorization header: 'Authorization: Bearer YOUR_KEY'."
            : "Incorrect API key provided.";
        return new OpenAIError(StatusCodes.Status401Unauthorized, message, OpenAIError.InvalidRequest, null, "invalid_api_key").ToResult();
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await new OpenAIError(StatusCodes.Status429TooManyRequests,
            string.Create(CultureInfo.InvariantCulture, $"Rate limit reached for this API key; try again in {seconds} s."),
            "rate_limit_exceeded", null, "rate_limit_exceeded").WriteAsync(context.HttpContext);
    }
}
