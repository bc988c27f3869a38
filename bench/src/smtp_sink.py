"""A mail catcher for the fault tests: accepts every mail and appends its Message-ID to a file.
Usage: python3 smtp_sink.py PORT OUTFILE   (smtpd is deprecated but still in Python 3.11, Debian 12's)"""
import asyncore
import email
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data if isinstance(data, bytes) else data.encode())
        with open(sys.argv[2], "a") as out:
            out.write("%s %s\n" % (message.get("Message-ID", "-"), ",".join(rcpttos)))


Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
