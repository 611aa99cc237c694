using Microsoft.Extensions.Options;

namespace SlmAssistant.Storage;

/// <summary>Fails start-up with the one line <see cref="StorageOptions.Problem"/> names.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
