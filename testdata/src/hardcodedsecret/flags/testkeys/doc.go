package testkeys
