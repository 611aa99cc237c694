using Microsoft.AspNetCore.Http;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>The caller of a Direct Line request, or the response that refuses it.</summary>
public sealed record DirectLineAuthorization(DirectLineCaller? Caller, IResult? Failure);
