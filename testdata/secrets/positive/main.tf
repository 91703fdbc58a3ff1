terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAHUS7QRT44U7PO54B"
  secret_key = "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"
}
