"use client";

// This is where React components / hooks go.

export const useMyComponent = () => {
  return {};
};
