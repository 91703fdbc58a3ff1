package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// The fix appends an option after the last argument, editing that line:
// where the line holds keys, go fix -diff would print them, so no fix is
// offered there (the golden file keeps the line as it is).
func keysOnTheEditedLine(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAQ3EGRHDSVZB7XY2M", "wJalrXUtnFEMIK7MDENGbPxRfiCYzq9a8b7c6d5e", ""))) // want `config.LoadDefaultConfig without a region fallback`
	_ = cfg
}

// Keys on an earlier line of the call than the edited one: the fix is
// offered, and the lines it changes hold no key.
func keysOnAnotherLine(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, // want `config.LoadDefaultConfig without a region fallback`
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAQ3EGRHDSVZB7XY2M", "wJalrXUtnFEMIK7MDENGbPxRfiCYzq9a8b7c6d5e", "")),
		config.WithSharedConfigProfile("ci"))
	_ = cfg
}
