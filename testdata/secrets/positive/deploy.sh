#!/bin/sh
set -eu

deploy() {
	export AWS_ACCESS_KEY_ID="AKIAFHGSHD2VLH7KAVBW"
	export AWS_SECRET_ACCESS_KEY='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'
	aws s3 sync ./dist "s3://$BUCKET" --delete
}

deploy
