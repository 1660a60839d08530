package org.mojaz.telegram;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.mojaz.ingest.FetchException;
import org.telegram.telegrambots.meta.api.methods.GetFile;

/** Reads a document's bytes from the Bot API server, at most {@code maxBytes + 1}; the URL (it holds the token) is never logged. */
final class Downloads implements Updates.Files {
    private final Outbox outbox;
    private final OkHttpClient http;
    private final String baseUrl;
    private final String token;

    Downloads(Outbox outbox, OkHttpClient http, String baseUrl, String token) {
        this.outbox = outbox;
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) {
        var file = outbox.request(new GetFile(fileId));
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            return new byte[cap];
        }
        Request request = new Request.Builder().url(baseUrl + "/file/bot" + token + "/" + file.getFilePath()).get()
                .build();
        try (Response response = http.newCall(request).execute(); ResponseBody body = response.body()) {
            if (!response.isSuccessful() || body == null) {
                throw new FetchException(FetchException.Reason.HTTP_STATUS, "Telegram did not give me the file.");
            }
            try (InputStream in = body.byteStream()) {
                return in.readNBytes(cap);
            }
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "I could not download the file; try again.", e);
        }
    }
}
