package dev.jos.network;

import java.util.function.Supplier;

import dev.jos.session.ApiException;
import dev.jos.session.CommandException;

/**
 * OSC's NetworkAndComputeShowOne (network create and show, subnet's own ShowOnes do not):
 * an SDK HttpException becomes "Error while executing command: {message}, {details}", where
 * the message is "{Class}: {status}" for a reply and the text of a find's miss.
 */
public final class ShowErrors {
    private ShowErrors() {
    }

    public static <T> T wrap(Supplier<T> action) {
        try {
            return action.get();
        } catch (NeutronNotFound e) {
            throw new CommandException("Error while executing command: " + e.getMessage(), e);
        } catch (ApiException e) {
            String cls = switch (e.status()) {
                case 409 -> "ConflictException";
                case 404 -> "ResourceNotFound";
                case 400 -> "BadRequestException";
                case 412 -> "PreconditionFailedException";
                default -> "HttpException";
            };
            String msg = "Error while executing command: " + cls + ": " + e.status();
            if (e.serverMessage() != null && !e.serverMessage().isEmpty()) {
                msg += ", " + e.serverMessage();
            }
            throw new CommandException(msg, e);
        }
    }
}
