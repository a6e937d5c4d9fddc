# The web server image of examples/web/template.yml, written as a Packer HCL2 template:
# nginx with a static page, copied to a second region. `packer build .` and this action read it
# the same way; no `packer init` is needed, the amazon plugin is built in.
packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.0.0"
    }
  }
}

variable "app_version" {
  type    = string
  default = "1.0.0"
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ""
}

source "amazon-ebs" "web" {
  region        = var.region
  instance_type = "t3.micro"
  source_ami_filter {
    owners      = ["099720109477"]
    most_recent = true
    filters = {
      name                = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
      virtualization-type = "hvm"
      root-device-type    = "ebs"
    }
  }
  ssh_username = "ubuntu"
  ami_name     = "web-${var.app_version}-{{timestamp}}"
  tags = {
    App     = "web"
    Version = var.app_version
  }
  ami_regions = ["us-west-2"]
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    environment_vars = ["DB_PASSWORD=${var.db_password}"]
    inline = [
      "sudo apt-get update",
      "sudo apt-get install -y nginx",
    ]
  }

  provisioner "file" {
    source      = "files/index.html"
    destination = "/tmp/index.html"
  }

  provisioner "shell" {
    script = "scripts/finish.sh"
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
